import type { Source } from "./types";

/**
 * Reports about lenders and collection practice, and the seed articles whose claims the model uses.
 * Reports are regulator penalty notices, company disclosures and media reports as summarised in the
 * project's domain notes; seeds are SEO articles, cited only as low-confidence evidence of what
 * borrowers are told. Where only the month or year is known, only that is given.
 */
const CHECKED = "2026-11-25";

export const reportSources = [
  {
    id: "collection-stages-practice",
    title: {
      "zh-Hans": "个人贷款逾期后的常见催收阶段（行业惯例归纳，非法规）",
      "zh-Hant": "個人貸款逾期後的常見催收階段（行業慣例歸納，非法規）",
    },
    publisher: {
      "zh-Hans": "本工具据公开资料归纳",
      "zh-Hant": "本工具據公開資料歸納",
    },
    date: "2026-12-01",
    checked: "2026-12-01",
    kind: "own_summary",
    binding: false,
    note: {
      "zh-Hans": "逾期第1–7天多为短信、App和电话提醒；约第8–30天电话更频繁，可能联系紧急联系人；约第30–90天转交催收公司、发信函，上门开始可能，金额越大、越联系不上越可能；90天以上常做内部核销（会计上记为损失，欠款并没有取消），更可能起诉或转让债权。按放贷机构类型：信用卡中心通常前约3个月自己催收（提醒，M1–M2电话），约从M3（第90天左右）起把难催、联系不上或小额的案件交给催收公司，上门多由这些公司进行；消费金融公司和网络贷款平台更早使用催收公司（常从M1–M2起）；大型网络平台以电话和App催收为主，金额较大时越来越多地起诉或仲裁。这是据二手资料归纳的行业惯例，各机构不同，法律没有规定。",
      "zh-Hant": "逾期第1–7天多為短信、App和電話提醒；約第8–30天電話更頻繁，可能聯絡緊急聯絡人；約第30–90天轉交催收公司、發信函，上門開始可能，金額越大、越聯絡不上越可能；90天以上常做內部核銷（會計上記為損失，欠款並沒有取消），更可能起訴或轉讓債權。按放貸機構類型：信用卡中心通常前約3個月自己催收（提醒，M1–M2電話），約從M3（第90天左右）起把難催、聯絡不上或小額的案件交給催收公司，上門多由這些公司進行；消費金融公司和網絡貸款平台更早使用催收公司（常從M1–M2起）；大型網絡平台以電話和App催收為主，金額較大時越來越多地起訴或仲裁。這是據二手數據歸納的行業慣例，各機構不同，法律沒有規定。",
    },
  },
  {
    id: "advisor-heuristic",
    title: {
      "zh-Hans": "本工具的估算方法：启发式规则（没有公开的上门率数据）",
      "zh-Hant": "本工具的估算方法：啟發式規則（沒有公開的上門率數據）",
    },
    publisher: {
      "zh-Hans": "上门催收估算工具",
      "zh-Hant": "上門催收估算工具",
    },
    date: "2026-11-25",
    checked: CHECKED,
    kind: "own_summary",
    binding: false,
    note: {
      "zh-Hans": "没有任何公开数据说明逾期多少天时被上门的概率。本工具把催收阶段、放贷机构做法的报道和少量网络文章的说法组合成一个启发式估算，只给等级和天数范围，不给精确百分比；各项权重是我们的判断，可以质疑。",
      "zh-Hant": "沒有任何公開數據說明逾期多少天時被上門的機率。本工具把催收階段、放貸機構做法的報導和少量網絡文章的說法組合成一個啟發式估算，只給等級和天數範圍，不給精確百分比；各項權重是我們的判斷，可以質疑。",
    },
  },
  {
    id: "rong360-rongyi",
    title: {
      "zh-Hans": "融易分期：很可能是融360旗下的贷款撮合品牌",
      "zh-Hant": "融易分期：很可能是融360旗下的貸款撮合品牌",
    },
    publisher: {
      "zh-Hans": "本工具据应用商店公开信息核对",
      "zh-Hant": "本工具據應用商店公開信息核對",
    },
    date: "2026-11",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "其应用包名属于融360；另有页面称运营方为其他公司，未核实。无论哪种，借款都由合同里写明的合作机构发放，由该机构或其委托机构催收。",
      "zh-Hant": "其App套件名稱屬於融360；另有頁面稱營運方為其他公司，未核實。無論哪種，借款都由合同裡寫明的合作機構發放，由該機構或其委託機構催收。",
    },
  },
  {
    id: "homecredit-rename-2025",
    title: {
      "zh-Hans": "捷信消费金融更名为天津京东消费金融获批（媒体报道）",
      "zh-Hant": "捷信消費金融更名為天津京東消費金融獲批（媒體報導）",
    },
    publisher: {
      "zh-Hans": "媒体报道",
      "zh-Hant": "媒體報導",
    },
    date: "2025-05-26",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "报道称更名已获批准，京东持股65%。",
      "zh-Hant": "報導稱更名已獲批准，京東持股65%。",
    },
  },
  {
    id: "homecredit-npl-sales",
    title: {
      "zh-Hans": "捷信批量转让不良贷款（媒体报道）",
      "zh-Hant": "捷信批量轉讓不良貸款（媒體報導）",
    },
    publisher: {
      "zh-Hans": "媒体报道",
      "zh-Hant": "媒體報導",
    },
    date: "2024-05",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "2021年上半年转让不良贷款108亿元，2024年5月挂出一个265亿元的资产包。转让给资产管理公司后，新的债权人可能联系借款人。",
      "zh-Hant": "2021年上半年轉讓不良貸款108億元，2024年5月掛出一個265億元的資產包。轉讓給資產管理公司後，新的債權人可能聯絡借款人。",
    },
  },
  {
    id: "haier-nfra-qingdao-2025",
    title: {
      "zh-Hans": "海尔消费金融被罚款105万元，违规事项包括催收行为不当",
      "zh-Hant": "海爾消費金融被罰款105萬元，違規事項包括催收行為不當",
    },
    publisher: {
      "zh-Hans": "国家金融监督管理总局青岛监管局",
      "zh-Hant": "國家金融監督管理總局青島監管局",
    },
    date: "2025-07-25",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "行政处罚决定，罚款105万元，涉及多项违规，其中包括催收行为不当。",
      "zh-Hant": "行政處罰決定，罰款105萬元，涉及多項違規，其中包括催收行為不當。",
    },
  },
  {
    id: "webank-agencies-2025-09",
    title: {
      "zh-Hans": "微众银行合作催收机构名单（2025年9月，共320家）",
      "zh-Hant": "微眾銀行合作催收機構名單（2025年9月，共320家）",
    },
    publisher: {
      "zh-Hans": "微众银行",
      "zh-Hant": "微眾銀行",
    },
    date: "2025-09",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "微粒贷主要通过短信、电话、App和信函催收，同时委托外部催收公司；名单可用来核对来人是否真是其委托的机构。",
      "zh-Hant": "微粒貸主要通過短信、電話、App和信函催收，同時委託外部催收公司；名單可用來核對來人是否真是其委託的機構。",
    },
  },
  {
    id: "media-webank-visit-sms-2025-05",
    title: {
      "zh-Hans": "微粒贷借款人收到以上门相威胁的催收短信（媒体报道）",
      "zh-Hant": "微粒貸借款人收到以上門相威脅的催收短信（媒體報導）",
    },
    publisher: {
      "zh-Hans": "媒体报道",
      "zh-Hant": "媒體報導",
    },
    date: "2025-05",
    checked: CHECKED,
    kind: "report",
    binding: false,
  },
  {
    id: "media-fake-lawyer-visit-2025-11",
    title: {
      "zh-Hans": "自称律师的人上门催收微粒贷欠款，所属机构不在微众银行名单上（媒体报道）",
      "zh-Hant": "自稱律師的人上門催收微粒貸欠款，所屬機構不在微眾銀行名單上（媒體報導）",
    },
    publisher: {
      "zh-Hans": "媒体报道",
      "zh-Hant": "媒體報導",
    },
    date: "2025-11",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "说明上门确有发生，也说明存在冒充者：先核实身份和委托书。",
      "zh-Hant": "說明上門確有發生，也說明存在冒充者：先核實身份和委託書。",
    },
  },
  {
    id: "zhaolian-fine-2022-02",
    title: {
      "zh-Hans": "招联消费金融被罚款290万元，违规事项包括催收不当",
      "zh-Hant": "招聯消費金融被罰款290萬元，違規事項包括催收不當",
    },
    publisher: {
      "zh-Hans": "银行业监管部门（公开处罚信息）",
      "zh-Hant": "銀行業監管部門（公開處罰信息）",
    },
    date: "2022-02",
    checked: CHECKED,
    kind: "report",
    binding: false,
  },
  {
    id: "card-centre-fines-2022-05-26",
    title: {
      "zh-Hans": "光大银行、民生银行信用卡中心因信用卡催收严重不审慎各被罚款80万元",
      "zh-Hant": "光大銀行、民生銀行信用卡中心因信用卡催收嚴重不審慎各被罰款80萬元",
    },
    publisher: {
      "zh-Hans": "银行业监管部门（公开处罚信息）",
      "zh-Hant": "銀行業監管部門（公開處罰信息）",
    },
    date: "2022-05-26",
    checked: CHECKED,
    kind: "report",
    binding: false,
  },
  {
    id: "heimao-complaints-2025",
    title: {
      "zh-Hans": "黑猫投诉：2024年以来标为暴力催收的投诉超过50万件（媒体报道）",
      "zh-Hant": "黑貓投訴：2024年以來標為暴力催收的投訴超過50萬件（媒體報導）",
    },
    publisher: {
      "zh-Hans": "媒体报道",
      "zh-Hant": "媒體報導",
    },
    date: "2025",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "同一报道也指出，其中许多标签并无根据。投诉平台靠舆论压力，不是监管机构。",
      "zh-Hant": "同一報導也指出，其中許多標籤並無根據。投訴平台靠輿論壓力，不是監管機構。",
    },
  },
  {
    id: "beijing-fake-collectors-2026-03",
    title: {
      "zh-Hans": "北京金融监管局风险提示：警惕冒充催收人员",
      "zh-Hant": "北京金融監管局風險提示：警惕冒充催收人員",
    },
    publisher: {
      "zh-Hans": "国家金融监督管理总局北京监管局",
      "zh-Hant": "國家金融監督管理總局北京監管局",
    },
    date: "2026-03",
    checked: CHECKED,
    kind: "report",
    binding: false,
  },
] as const satisfies readonly Source[];

/** Seed articles: headline as published, date as printed on the page. Claims from them are unverified. */
export const seedSources = [
  {
    id: "seed-000",
    title: {
      "zh-Hans": "融易分期逾期多久会上门",
      "zh-Hant": "融易分期逾期多久會上門",
    },
    publisher: {
      "zh-Hans": "网络文章（未核实）",
      "zh-Hant": "網絡文章（未核實）",
    },
    date: "2026-01-15",
    checked: CHECKED,
    kind: "seed",
    binding: false,
    note: {
      "zh-Hans": "文章称约逾期30天开始可能上门，金额越大、越是长期失联越可能；主动沟通、按期部分还款可推迟或避免上门；地区和过往逾期记录也有影响。均未核实，固定的天数门槛不可当作事实。",
      "zh-Hant": "文章稱約逾期30天開始可能上門，金額越大、越是長期失聯越可能；主動溝通、按期部分還款可推遲或避免上門；地區和過往逾期記錄也有影響。均未核實，固定的天數門檻不可當作事實。",
    },
  },
  {
    id: "seed-002",
    title: {
      "zh-Hans": "捷信分期逾期上门频次多少次",
      "zh-Hant": "捷信分期逾期上門頻次多少次",
    },
    publisher: {
      "zh-Hans": "网络文章（未核实）",
      "zh-Hant": "網絡文章（未核實）",
    },
    date: "2025-04-23",
    checked: CHECKED,
    kind: "seed",
    binding: false,
    note: {
      "zh-Hans": "文章称偏远地区上门成本更高、配合程度影响是否上门；其中“金额超过5万元或逾期超过3个月”之类的门槛未核实，不可当作事实。",
      "zh-Hant": "文章稱偏遠地區上門成本更高、配合程度影響是否上門；其中「金額超過5萬元或逾期超過3個月」之類的門檻未核實，不可當作事實。",
    },
  },
  {
    id: "seed-003",
    title: {
      "zh-Hans": "海尔金融消费逾期催收流程解析:上门催收时间、频率与应对策略",
      "zh-Hant": "海爾金融消費逾期催收流程解析:上門催收時間、頻率與應對策略",
    },
    publisher: {
      "zh-Hans": "网络文章（未核实）",
      "zh-Hant": "網絡文章（未核實）",
    },
    date: "2025-04-13",
    checked: CHECKED,
    kind: "seed",
    binding: false,
    note: {
      "zh-Hans": "文章把催收分为逾期1–7天、8–30天、90天以上等阶段，并称逾期15天后可能上门。未核实；文中“冻结银行卡”的说法是错的，只有法院能冻结账户。",
      "zh-Hant": "文章把催收分為逾期1–7天、8–30天、90天以上等階段，並稱逾期15天後可能上門。未核實；文中「凍結銀行卡」的說法是錯的，只有法院能凍結賬戶。",
    },
  },
  {
    id: "seed-004",
    title: {
      "zh-Hans": "微粒贷逾期真的会上门嘛怎么办理",
      "zh-Hant": "微粒貸逾期真的會上門嘛怎麼辦理",
    },
    publisher: {
      "zh-Hans": "网络文章（未核实）",
      "zh-Hant": "網絡文章（未核實）",
    },
    date: "2025-03-05",
    checked: CHECKED,
    kind: "seed",
    binding: false,
    note: {
      "zh-Hans": "文章称微粒贷以短信、电话等远程方式催收为主。“不会上门”的结论不可靠。",
      "zh-Hant": "文章稱微粒貸以短信、電話等不見面的方式催收為主。「不會上門」的結論不可靠。",
    },
  },
] as const satisfies readonly Source[];
