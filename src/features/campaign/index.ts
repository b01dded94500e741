export { CampaignHero } from './CampaignHero'
export { WorkLines } from './WorkLines'
export { campaignStatus, statusLabel, type CampaignStatus } from './model'
