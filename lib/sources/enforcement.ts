import type { Source } from "./types";

/**
 * Sources added in the 2026-12 check (domain notes §1b): the credit-card criminal line, property
 * preservation and set-off, the limitation period, what follows an ignored judgment, trespass at police
 * level, personal information, and the local regulators of small-loan companies.
 * Where an article number was not verified, none is given.
 */
const CHECKED = "2026-12-01";

export const enforcementSources = [
  {
    id: "criminal-law-196",
    title: {
      "zh-Hans": "《中华人民共和国刑法》",
      "zh-Hant": "《中華人民共和國刑法》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第一百九十六条",
      "zh-Hant": "第一百九十六條",
    },
    date: "1997-10-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "信用卡诈骗罪，其中包括“恶意透支”：以非法占有为目的，超过规定限额或期限透支，经发卡银行两次催收后超过三个月仍不归还。只涉及信用卡，不涉及其他贷款。",
      "zh-Hant": "信用卡詐騙罪，其中包括「惡意透支」：以非法佔有為目的，超過規定限額或期限透支，經發卡銀行兩次催收後超過三個月仍不歸還。只涉及信用卡，不涉及其他貸款。",
    },
  },
  {
    id: "card-crime-interpretation-2018",
    title: {
      "zh-Hans": "《最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》（法释〔2018〕19号）",
      "zh-Hant": "《最高人民法院、最高人民檢察院關於辦理妨害信用卡管理刑事案件具體應用法律若干問題的解釋》（法釋〔2018〕19號）",
    },
    publisher: {
      "zh-Hans": "最高人民法院、最高人民检察院",
      "zh-Hant": "最高人民法院、最高人民檢察院",
    },
    article: {
      "zh-Hans": "第六条、第八条、第十条",
      "zh-Hant": "第六條、第八條、第十條",
    },
    date: "2018-12-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "两次有效催收须间隔至少30日，催收后超过3个月仍不归还（第六条）；逃匿、改变联系方式逃避银行催收、转移或隐匿财产等，可以认定有非法占有目的；数额较大从5万元起（至50万元，第八条）；在提起公诉前全部归还的，可以不起诉，在一审判决前全部归还的，可以从轻处罚（第十条）。",
      "zh-Hant": "兩次有效催收須間隔至少30日，催收後超過3個月仍不歸還（第六條）；逃匿、改變聯絡方式逃避銀行催收、轉移或隱匿財產等，可以認定有非法佔有目的；數額較大從5萬元起（至50萬元，第八條）；在提起公訴前全部歸還的，可以不起訴，在一審判決前全部歸還的，可以從輕處罰（第十條）。",
    },
  },
  {
    id: "civil-procedure-preservation",
    title: {
      "zh-Hans": "《中华人民共和国民事诉讼法》（2023年修正）",
      "zh-Hant": "《中華人民共和國民事訴訟法》（2023年修正）",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会常务委员会",
      "zh-Hant": "全國人民代表大會常務委員會",
    },
    article: {
      "zh-Hans": "财产保全（诉前保全、诉讼中保全）",
      "zh-Hant": "財產保全（訴前保全、訴訟中保全）",
    },
    date: "2024-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "放贷机构起诉时或起诉前可以申请财产保全，法院可以在判决前冻结账户；保全一定要有法院的裁定书。催收人员不能冻结任何东西。“判决后才会冻结”的说法不对。",
      "zh-Hant": "放貸機構起訴時或起訴前可以申請財產保全，法院可以在判決前凍結賬戶；保全一定要有法院的裁定書。催收人員不能凍結任何東西。「判決後才會凍結」的說法不對。",
    },
  },
  {
    id: "civil-code-limitation",
    title: {
      "zh-Hans": "《中华人民共和国民法典》",
      "zh-Hant": "《中華人民共和國民法典》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第一百八十八条、第一百九十二条、第一百九十五条",
      "zh-Hant": "第一百八十八條、第一百九十二條、第一百九十五條",
    },
    date: "2021-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "诉讼时效一般为3年（第一百八十八条）；义务人同意履行（例如书面承诺还款或部分还款）的，时效中断、重新计算（第一百九十五条）；时效期满后，义务人同意履行的，不得再以时效期满为由抗辩（第一百九十二条）。",
      "zh-Hant": "訴訟時效一般為3年（第一百八十八條）；義務人同意履行（例如書面承諾還款或部分還款）的，時效中斷、重新計算（第一百九十五條）；時效期滿後，義務人同意履行的，不得再以時效期滿為由抗辯（第一百九十二條）。",
    },
  },
  {
    id: "civil-code-568",
    title: {
      "zh-Hans": "《中华人民共和国民法典》",
      "zh-Hant": "《中華人民共和國民法典》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第五百六十八条",
      "zh-Hant": "第五百六十八條",
    },
    date: "2021-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "法定抵销：双方互负到期债务的，可以相互抵销。放贷的银行可能依照合同，用借款人在该银行的存款抵扣欠款；这只涉及该银行自己的账户，不是冻结其他银行的账户。",
      "zh-Hant": "法定抵銷：雙方互負到期債務的，可以相互抵銷。放貸的銀行可能依照合同，用借款人在該銀行的存款抵扣欠款；這只涉及該銀行自己的賬戶，不是凍結其他銀行的賬戶。",
    },
  },
  {
    id: "spending-ban-rules",
    title: {
      "zh-Hans": "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》",
      "zh-Hant": "《最高人民法院關於限制被執行人高消費及有關消費的若干規定》",
    },
    publisher: {
      "zh-Hans": "最高人民法院",
      "zh-Hant": "最高人民法院",
    },
    date: "2015",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "判决生效后不履行的被执行人，法院可以限制其高消费及有关消费（俗称“限高”）。这是执行阶段的措施，不是放贷机构或催收人员能决定的。日期为修正年份，据二手资料。",
      "zh-Hant": "判決生效後不履行的被執行人，法院可以限制其高消費及有關消費（俗稱「限高」）。這是執行階段的措施，不是放貸機構或催收人員能決定的。日期為修正年份，據二手資料。",
    },
  },
  {
    id: "defaulter-list",
    title: {
      "zh-Hans": "《最高人民法院关于公布失信被执行人名单信息的若干规定》",
      "zh-Hant": "《最高人民法院關於公佈失信被執行人名單信息的若干規定》",
    },
    publisher: {
      "zh-Hans": "最高人民法院",
      "zh-Hant": "最高人民法院",
    },
    date: "2017",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "有履行能力而拒不履行生效判决等情形的被执行人，法院可以将其列入失信被执行人名单（俗称“失信”）。只有法院能这样做。日期为修正年份，据二手资料。",
      "zh-Hant": "有履行能力而拒不履行生效判決等情形的被執行人，法院可以將其列入失信被執行人名單（俗稱「失信」）。只有法院能這樣做。日期為修正年份，據二手資料。",
    },
  },
  {
    id: "criminal-law-313",
    title: {
      "zh-Hans": "《中华人民共和国刑法》",
      "zh-Hant": "《中華人民共和國刑法》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第三百一十三条",
      "zh-Hant": "第三百一十三條",
    },
    date: "1997-10-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "拒不执行判决、裁定罪：对法院的判决、裁定有能力执行而拒不执行，情节严重的构成犯罪。只在情节严重时适用；拖欠本身不是犯罪。",
      "zh-Hant": "拒不執行判決、裁定罪：對法院的判決、裁定有能力執行而拒不執行，情節嚴重的構成犯罪。只在情節嚴重時適用；拖欠本身不是犯罪。",
    },
  },
  {
    id: "public-security-trespass",
    title: {
      "zh-Hans": "《中华人民共和国治安管理处罚法》（2025年修订）",
      "zh-Hant": "《中華人民共和國治安管理處罰法》（2025年修訂）",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会常务委员会",
      "zh-Hant": "全國人民代表大會常務委員會",
    },
    date: "2026-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "非法侵入他人住宅的，公安机关可以给予治安管理处罚（拘留、罚款）。2025年修订本中的条号未核实，故不引用条号。情节严重的，适用刑法第二百四十五条。",
      "zh-Hant": "非法侵入他人住宅的，公安機關可以給予治安管理處罰（拘留、罰款）。2025年修訂本中的條號未核實，故不引用條號。情節嚴重的，適用刑法第二百四十五條。",
    },
  },
  {
    id: "judicial-reply-2020-27",
    title: {
      "zh-Hans": "《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（法释〔2020〕27号）",
      "zh-Hant": "《最高人民法院關於新民間借貸司法解釋適用範圍問題的批覆》（法釋〔2020〕27號）",
    },
    publisher: {
      "zh-Hans": "最高人民法院",
      "zh-Hant": "最高人民法院",
    },
    date: "2021-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "2020年12月29日发布，2021年1月1日施行：小额贷款公司、融资担保公司等地方金融组织不适用民间借贷司法解释（包括一年期LPR四倍的利率上限）。",
      "zh-Hant": "2020年12月29日發布，2021年1月1日施行：小額貸款公司、融資擔保公司等地方金融組織不適用民間借貸司法解釋（包括一年期LPR四倍的利率上限）。",
    },
  },
  {
    id: "pipl",
    title: {
      "zh-Hans": "《中华人民共和国个人信息保护法》",
      "zh-Hant": "《中華人民共和國個人信息保護法》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会常务委员会",
      "zh-Hant": "全國人民代表大會常務委員會",
    },
    date: "2021-11-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "处理个人信息须合法、正当、必要。把欠款信息告诉家人、单位或发到群聊里，属于违法处理个人信息，对所有放贷机构都一样。",
      "zh-Hant": "處理個人信息須合法、正當、必要。把欠款信息告訴家人、單位或發到群聊裡，屬於違法處理個人信息，對所有放貸機構都一樣。",
    },
  },
  {
    id: "civil-code-1034",
    title: {
      "zh-Hans": "《中华人民共和国民法典》",
      "zh-Hant": "《中華人民共和國民法典》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第一千零三十四条",
      "zh-Hant": "第一千零三十四條",
    },
    date: "2021-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "自然人的个人信息受法律保护。",
      "zh-Hant": "自然人的個人信息受法律保護。",
    },
  },
  {
    id: "civil-code-1038",
    title: {
      "zh-Hans": "《中华人民共和国民法典》",
      "zh-Hant": "《中華人民共和國民法典》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第一千零三十八条",
      "zh-Hant": "第一千零三十八條",
    },
    date: "2021-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "信息处理者未经本人同意，不得向他人非法提供其个人信息。",
      "zh-Hant": "信息處理者未經本人同意，不得向他人非法提供其個人信息。",
    },
  },
  {
    id: "local-financial-regulator",
    title: {
      "zh-Hans": "小额贷款公司由省级地方金融管理部门监管（本工具的归纳）",
      "zh-Hant": "小額貸款公司由省級地方金融管理部門監管（本工具的歸納）",
    },
    publisher: {
      "zh-Hans": "本工具根据公开资料整理",
      "zh-Hant": "本工具根據公開資料整理",
    },
    date: "2026-12",
    checked: CHECKED,
    kind: "own_summary",
    binding: false,
    note: {
      "zh-Hans": "小额贷款公司、融资担保公司等地方金融组织由所在省份的地方金融管理局（名称各地不同）监管，而不是国家金融监督管理总局。投诉这类放贷机构，找其所在省份的地方金融管理局，并找放贷机构自己的投诉渠道；12378可能会转给地方。这是根据公开资料的归纳，不是某一份文件的原文；没有全国统一的电话。",
      "zh-Hant": "小額貸款公司、融資擔保公司等地方金融組織由所在省份的地方金融管理局（名稱各地不同）監管，而不是國家金融監督管理總局。投訴這類放貸機構，找其所在省份的地方金融管理局，並找放貸機構自己的投訴渠道；12378可能會轉給地方。這是根據公開資料的歸納，不是某一份文件的原文；沒有全國統一的電話。",
    },
  },
] as const satisfies readonly Source[];
