import type { Source } from "./types";

/**
 * Laws, regulations, standards, industry guidelines and policies the product cites.
 * Dates are the publication or in-force date; where only a year is certain, only the year is given.
 * `binding` is true only for law, administrative regulations, departmental rules and judicial
 * interpretations; recommended standards, association guidelines, court policy opinions and policy
 * announcements are false. No url is given where we could not confirm one.
 */
const CHECKED = "2026-11-25";

export const legalSources = [
  {
    id: "gbt-45251-2025",
    title: {
      "zh-Hans": "《互联网金融 个人网络消费信贷 贷后催收风控指引》（GB/T 45251—2025）",
      "zh-Hant": "《互聯網金融 個人網絡消費信貸 貸後催收風控指引》（GB/T 45251—2025）",
    },
    publisher: {
      "zh-Hans": "国家市场监督管理总局、国家标准化管理委员会",
      "zh-Hant": "國家市場監督管理總局、國家標準化管理委員會",
    },
    date: "2025-02-28",
    checked: CHECKED,
    kind: "standard",
    binding: false,
    note: {
      "zh-Hans": "推荐性国家标准（自愿执行），适用于网络消费信贷：只向债务人本人催收；联系不上本人时才可联系紧急联系人，对方拒绝即停止，且不得向其透露债务；除双方另有约定外，22:00至次日8:00不催收；每名债务人每天有效语音催收不超过3次（放贷机构与它委托的催收公司合并计算）。",
      "zh-Hant": "推薦性國家標準（自願執行），適用於網絡消費信貸：只向債務人本人催收；聯絡不上本人時才可聯絡緊急聯絡人，對方拒絕即停止，且不得向其透露債務；除雙方另有約定外，22:00至次日8:00不催收；每名債務人每天有效語音催收不超過3次（放貸機構與它委託的催收公司合併計算）。",
    },
  },
  {
    id: "nifa-collection-guideline-2024",
    title: {
      "zh-Hans": "《互联网金融贷后催收业务指引》",
      "zh-Hant": "《互聯網金融貸後催收業務指引》",
    },
    publisher: {
      "zh-Hans": "中国互联网金融协会",
      "zh-Hant": "中國互聯網金融協會",
    },
    date: "2024-05-15",
    checked: CHECKED,
    kind: "self_regulation",
    binding: false,
    note: {
      "zh-Hans": "行业自律规范，2024年4月17日审议通过、5月15日发布，在国家标准出台前过渡使用：22:00后不得催收；据报道要求不得擅自进入住宅。",
      "zh-Hant": "行業自律規範，2024年4月17日審議通過、5月15日發布，在國家標準出臺前過渡使用：22:00後不得催收；據報導要求不得擅自進入住宅。",
    },
  },
  {
    id: "nifa-convention-2018",
    title: {
      "zh-Hans": "《互联网金融逾期债务催收自律公约（试行）》",
      "zh-Hant": "《互聯網金融逾期債務催收自律公約（試行）》",
    },
    publisher: {
      "zh-Hans": "中国互联网金融协会",
      "zh-Hant": "中國互聯網金融協會",
    },
    date: "2018",
    checked: CHECKED,
    kind: "self_regulation",
    binding: false,
    note: {
      "zh-Hans": "较早的行业自律公约（试行），后由2024年的业务指引补充。",
      "zh-Hant": "較早的行業自律公約（試行），後由2024年的業務指引補充。",
    },
  },
  {
    id: "cba-consumer-loan-collection-2026",
    title: {
      "zh-Hans": "《金融机构个人消费类贷款催收工作指引（试行）》",
      "zh-Hant": "《金融機構個人消費類貸款催收工作指引（試行）》",
    },
    publisher: {
      "zh-Hans": "中国银行业协会",
      "zh-Hant": "中國銀行業協會",
    },
    date: "2026-01-30",
    checked: CHECKED,
    kind: "self_regulation",
    binding: false,
    note: {
      "zh-Hans": "行业自律规范，适用于会员机构的信用卡和个人消费贷款：未经债务人同意，22:00至次日8:00不得打电话、上门或以其他方式催收；同一号码每天未接通的电话不超过6次；上门至少两人（第22条），须出示证件，经同意才可进入住宅；不得冒充国家机关、不得公开张贴、不得收取额外费用。没有规定上门的次数。",
      "zh-Hant": "行業自律規範，適用於會員機構的信用卡和個人消費貸款：未經債務人同意，22:00至次日8:00不得打電話、上門或以其他方式催收；同一號碼每天未接通的電話不超過6次；上門至少兩人（第22條），須出示證件，經同意才可進入住宅；不得冒充國家機關、不得公開張貼、不得收取額外費用。沒有規定上門的次數。",
    },
  },
  {
    id: "civil-code-1033",
    title: {
      "zh-Hans": "《中华人民共和国民法典》",
      "zh-Hant": "《中華人民共和國民法典》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第一千零三十三条",
      "zh-Hant": "第一千零三十三條",
    },
    date: "2021-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "隐私权：除法律另有规定或本人同意外，不得用电话、短信、即时通讯、电子邮件、传单等方式打扰他人私人生活（第一项），不得进入、拍摄、窥视他人住宅（第二项）。",
      "zh-Hant": "隱私權：除法律另有規定或本人同意外，不得用電話、短信、即時通訊、電子郵件、傳單等方式打擾他人私人生活（第一項），不得進入、拍攝、窺視他人住宅（第二項）。",
    },
  },
  {
    id: "criminal-law-245",
    title: {
      "zh-Hans": "《中华人民共和国刑法》",
      "zh-Hant": "《中華人民共和國刑法》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第二百四十五条",
      "zh-Hant": "第二百四十五條",
    },
    date: "1997-10-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "非法侵入住宅罪：最高可判处三年有期徒刑。",
      "zh-Hant": "非法侵入住宅罪：最高可判處三年有期徒刑。",
    },
  },
  {
    id: "criminal-law-293-1",
    title: {
      "zh-Hans": "《中华人民共和国刑法》",
      "zh-Hant": "《中華人民共和國刑法》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会常务委员会（刑法修正案（十一））",
      "zh-Hant": "全國人民代表大會常務委員會（刑法修正案（十一））",
    },
    article: {
      "zh-Hans": "第二百九十三条之一",
      "zh-Hant": "第二百九十三條之一",
    },
    date: "2021-03-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "催收非法债务罪：以暴力、限制人身自由、侵入住宅、恐吓、跟踪等方式催收高利放贷等产生的非法债务，情节严重的构成犯罪。",
      "zh-Hant": "催收非法債務罪：以暴力、限制人身自由、侵入住宅、恐嚇、跟蹤等方式催收高利放貸等產生的非法債務，情節嚴重的構成犯罪。",
    },
  },
  {
    id: "public-security-law-2025-50",
    title: {
      "zh-Hans": "《中华人民共和国治安管理处罚法》（2025年修订）",
      "zh-Hant": "《中華人民共和國治安管理處罰法》（2025年修訂）",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会常务委员会",
      "zh-Hant": "全國人民代表大會常務委員會",
    },
    article: {
      "zh-Hans": "第五十条",
      "zh-Hant": "第五十條",
    },
    date: "2026-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "2025年6月27日修订，2026年1月1日施行。威胁、侮辱他人，或多次骚扰、纠缠、跟踪他人（第五项），可处五日以下拘留或一千元以下罚款；公安机关可责令其在一定期限内不得接触当事人，违反的处五至十日拘留。",
      "zh-Hant": "2025年6月27日修訂，2026年1月1日施行。威脅、侮辱他人，或多次騷擾、糾纏、跟蹤他人（第五項），可處五日以下拘留或一千元以下罰款；公安機關可責令其在一定期限內不得接觸當事人，違反的處五至十日拘留。",
    },
  },
  {
    id: "credit-card-measures-2011-68",
    title: {
      "zh-Hans": "《商业银行信用卡业务监督管理办法》",
      "zh-Hant": "《商業銀行信用卡業務監督管理辦法》",
    },
    publisher: {
      "zh-Hans": "中国银行业监督管理委员会",
      "zh-Hant": "中國銀行業監督管理委員會",
    },
    article: {
      "zh-Hans": "第六十八条",
      "zh-Hant": "第六十八條",
    },
    date: "2011",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "只能向持卡人本人及其担保人催收，不得向无关的第三人催收；催收过程须记录并至少保存两年（条文内容据二手转载核对）。",
      "zh-Hant": "只能向持卡人本人及其擔保人催收，不得向無關的第三人催收；催收過程須記錄並至少保存兩年（條文內容據二手轉載核對）。",
    },
  },
  {
    id: "credit-card-measures-2011-70",
    title: {
      "zh-Hans": "《商业银行信用卡业务监督管理办法》",
      "zh-Hant": "《商業銀行信用卡業務監督管理辦法》",
    },
    publisher: {
      "zh-Hans": "中国银行业监督管理委员会",
      "zh-Hant": "中國銀行業監督管理委員會",
    },
    article: {
      "zh-Hans": "第七十条",
      "zh-Hant": "第七十條",
    },
    date: "2011",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "持卡人确有困难时，银行可以与其协商个性化分期还款，最长5年；这是协商，不是权利。达成协议后，除持卡人未按协议还款外，应停止催收。“停息挂账”只是俗称，不是法定权利（条文内容据二手转载核对）。",
      "zh-Hant": "持卡人確有困難時，銀行可以與其協商個性化分期還款，最長5年；這是協商，不是權利。達成協議後，除持卡人未按協議還款外，應停止催收。「停息掛賬」只是俗稱，不是法定權利（條文內容據二手轉載核對）。",
    },
  },
  {
    id: "cfc-measures-2024",
    title: {
      "zh-Hans": "《消费金融公司管理办法》",
      "zh-Hant": "《消費金融公司管理辦法》",
    },
    publisher: {
      "zh-Hans": "国家金融监督管理总局",
      "zh-Hant": "國家金融監督管理總局",
    },
    date: "2024",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "禁止暴力、恐吓等不当催收，要求消费金融公司管理它委托的催收公司。具体条号未核实，故不引用条号。",
      "zh-Hant": "禁止暴力、恐嚇等不當催收，要求消費金融公司管理它委託的催收公司。具體條號未核實，故不引用條號。",
    },
  },
  {
    id: "spc-private-lending-2020",
    title: {
      "zh-Hans": "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年修正）",
      "zh-Hant": "《最高人民法院關於審理民間借貸案件適用法律若干問題的規定》（2020年修正）",
    },
    publisher: {
      "zh-Hans": "最高人民法院",
      "zh-Hant": "最高人民法院",
    },
    article: {
      "zh-Hans": "第一条",
      "zh-Hant": "第一條",
    },
    date: "2020",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "只适用于民间借贷：一年期LPR四倍的利率上限不适用于持牌金融机构的贷款；最高人民法院2020年12月29日的批复（法释〔2020〕27号，2021年1月1日施行）也把小额贷款公司、融资担保公司等地方金融组织排除在外。",
      "zh-Hant": "只適用於民間借貸：一年期LPR四倍的利率上限不適用於持牌金融機構的貸款；最高人民法院2020年12月29日的批覆（法釋〔2020〕27號，2021年1月1日施行）也把小額貸款公司、融資擔保公司等地方金融組織排除在外。",
    },
  },
  {
    id: "spc-2017-22",
    title: {
      "zh-Hans": "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）",
      "zh-Hant": "《最高人民法院關於進一步加強金融審判工作的若干意見》（法發〔2017〕22號）",
    },
    publisher: {
      "zh-Hans": "最高人民法院",
      "zh-Hant": "最高人民法院",
    },
    date: "2017",
    checked: CHECKED,
    kind: "policy",
    binding: false,
    note: {
      "zh-Hans": "金融借款中利息、复利、罚息、违约金和其他费用合计超过年利率24%的部分，借款人可以请求法院调减。",
      "zh-Hant": "金融借款中利息、複利、罰息、違約金和其他費用合計超過年利率24%的部分，借款人可以請求法院調減。",
    },
  },
  {
    id: "credit-reporting-reg-15",
    title: {
      "zh-Hans": "《征信业管理条例》",
      "zh-Hant": "《徵信業管理條例》",
    },
    publisher: {
      "zh-Hans": "国务院",
      "zh-Hant": "國務院",
    },
    article: {
      "zh-Hans": "第十五条",
      "zh-Hant": "第十五條",
    },
    date: "2013-03-15",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "报送不良信息前，应当事先告知借款人本人。",
      "zh-Hant": "報送不良信息前，應當事先告知借款人本人。",
    },
  },
  {
    id: "credit-reporting-reg-16",
    title: {
      "zh-Hans": "《征信业管理条例》",
      "zh-Hant": "《徵信業管理條例》",
    },
    publisher: {
      "zh-Hans": "国务院",
      "zh-Hant": "國務院",
    },
    article: {
      "zh-Hans": "第十六条",
      "zh-Hant": "第十六條",
    },
    date: "2013-03-15",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "不良信息自不良行为终止之日（例如还清逾期欠款）起保存5年，期满删除。逾期记录不能花钱“删除”，卖“征信修复”的都是骗局。",
      "zh-Hant": "不良信息自不良行為終止之日（例如還清逾期欠款）起保存5年，期滿刪除。逾期記錄不能花錢「刪除」，賣「徵信修復」的都是騙局。",
    },
  },
  {
    id: "pboc-credit-relief-2025",
    title: {
      "zh-Hans": "一次性信用救济政策（个人逾期信息不予展示）",
      "zh-Hant": "一次性信用救濟政策（個人逾期信息不予展示）",
    },
    publisher: {
      "zh-Hans": "中国人民银行",
      "zh-Hant": "中國人民銀行",
    },
    date: "2025-12-22",
    checked: CHECKED,
    kind: "policy",
    binding: false,
    note: {
      "zh-Hans": "2020年1月1日至2025年12月31日产生、单笔不超过1万元、并在2026年3月31日前全部还清的逾期记录，在人民银行征信报告中不予展示（不是删除），自动免费办理。截止日期已过，现在已无法再适用；以此名义收费“修复”的都是骗局。",
      "zh-Hant": "2020年1月1日至2025年12月31日產生、單筆不超過1萬元、並在2026年3月31日前全部還清的逾期記錄，在人民銀行徵信報告中不予展示（不是刪除），自動免費辦理。截止日期已過，現在已無法再適用；以此名義收費「修復」的都是騙局。",
    },
  },
  {
    id: "civil-procedure-law",
    title: {
      "zh-Hans": "《中华人民共和国民事诉讼法》（2023年修正）",
      "zh-Hant": "《中華人民共和國民事訴訟法》（2023年修正）",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会常务委员会",
      "zh-Hant": "全國人民代表大會常務委員會",
    },
    date: "2024-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "放贷机构可以起诉；起诉时或起诉前还可以申请财产保全，由法院裁定冻结财产。判决生效后仍不履行的，法院可以强制执行，冻结、划拨存款，或将其列为失信被执行人。只有法院能冻结银行账户，放贷机构和催收公司都不能。",
      "zh-Hant": "放貸機構可以起訴；起訴時或起訴前還可以申請財產保全，由法院裁定凍結財產。判決生效後仍不履行的，法院可以強制執行，凍結、劃撥存款，或將其列為失信被執行人。只有法院能凍結銀行賬戶，放貸機構和催收公司都不能。",
    },
  },
] as const satisfies readonly Source[];
