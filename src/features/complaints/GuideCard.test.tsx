import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { GuideCard } from './GuideCard'

let navigate: jest.SpyInstance
let call: jest.SpyInstance
beforeEach(() => {
  navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
})
afterEach(() => jest.restoreAllMocks())

const tap = (label: RegExp | string) => fireEvent.click(screen.getByText(label))

describe('我该找谁？', () => {
  it('a shop selling spoiled food, wanting a refund → 12315, 我要投诉, with the reason and its source', () => {
    render(<GuideCard edition={edition} />)
    expect(screen.getByText('您要反映的问题和谁有关？')).toBeInTheDocument()
    tap(/^商家/)
    expect(screen.getByText('第2问')).toBeInTheDocument()
    tap(/解决我和商家之间的纠纷/)
    const outcome = screen.getByTestId('guide-outcome')
    expect(outcome).toHaveTextContent('找12315，选“我要投诉”')
    expect(outcome).toHaveTextContent('12315 · 全国12315平台')
    expect(outcome).toHaveTextContent(/由12315受理/)
    expect(outcome).toHaveTextContent('来源：国家市场监督管理总局《全国12315平台消费维权须知》')
    tap('先写投诉草稿')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/complaints/draft/index?kind=complaint' })
  })

  it('government services → 12345, with the reason; no draft offered', () => {
    render(<GuideCard edition={edition} />)
    tap(/^政府部门或公共服务/)
    const outcome = screen.getByTestId('guide-outcome')
    expect(outcome).toHaveTextContent('找12345')
    expect(outcome).toHaveTextContent('12345 · 政务服务便民热线')
    expect(outcome).toHaveTextContent(/受理政务服务方面的咨询、投诉、建议和求助/)
    expect(screen.queryByText(/草稿/)).toBeNull()
    fireEvent.click(screen.getByText('拨打 12345'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('unsure → 12345; 重新选择 starts again; 上一步 goes back one question', () => {
    render(<GuideCard edition={edition} />)
    tap('说不清')
    expect(screen.getByTestId('guide-outcome')).toHaveTextContent('先打12345问一问')
    tap('重新选择')
    expect(screen.getByText('您要反映的问题和谁有关？')).toBeInTheDocument()
    tap(/^商家/)
    expect(screen.getByText('您希望怎样？')).toBeInTheDocument()
    tap('反映商家的违法行为')
    expect(screen.getByTestId('guide-outcome')).toHaveTextContent('找12315，选“我要举报”')
    tap('上一步')
    expect(screen.getByText('您希望怎样？')).toBeInTheDocument()
    tap('上一步')
    expect(screen.getByText('您要反映的问题和谁有关？')).toBeInTheDocument()
  })

  it('a report leads to a report draft', () => {
    render(<GuideCard edition={edition} />)
    tap(/^商家/)
    tap('反映商家的违法行为')
    expect(screen.getByTestId('guide-outcome')).toHaveTextContent('找12315，选“我要举报”')
    tap('先写举报草稿')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/complaints/draft/index?kind=report' })
  })
})
