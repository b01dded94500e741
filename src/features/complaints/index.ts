export { ChannelCard } from './ChannelCard'
export { ContactCard } from './ContactCard'
