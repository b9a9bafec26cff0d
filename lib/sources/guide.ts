import type { Source } from "./types";

/**
 * Sources cited by the guidance pages (lib/guide) that the rules data does not need:
 * criminal-law articles on forged official papers and impersonation, the credit-report objection right,
 * and a regulator's alert on scams that use the regulator's or the credit report's name.
 */
const CHECKED = "2026-11-25";

export const guideLegalSources = [
  {
    id: "criminal-law-279",
    title: {
      "zh-Hans": "《中华人民共和国刑法》",
      "zh-Hant": "《中華人民共和國刑法》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第二百七十九条",
      "zh-Hant": "第二百七十九條",
    },
    date: "1997-10-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "招摇撞骗罪：冒充国家机关工作人员招摇撞骗的构成犯罪；冒充人民警察的从重处罚。",
      "zh-Hant": "招搖撞騙罪：冒充國家機關工作人員招搖撞騙的構成犯罪；冒充人民警察的從重處罰。",
    },
  },
  {
    id: "criminal-law-280",
    title: {
      "zh-Hans": "《中华人民共和国刑法》",
      "zh-Hant": "《中華人民共和國刑法》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第二百八十条",
      "zh-Hant": "第二百八十條",
    },
    date: "1997-10-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "伪造、变造、买卖国家机关公文、证件、印章的构成犯罪：伪造的法院传票、公安机关文书属于这一类。",
      "zh-Hant": "偽造、變造、買賣國家機關公文、證件、印章的構成犯罪：偽造的法院傳票、公安機關文書屬於這一類。",
    },
  },
  {
    id: "civil-code-545-546",
    title: {
      "zh-Hans": "《中华人民共和国民法典》",
      "zh-Hant": "《中華人民共和國民法典》",
    },
    publisher: {
      "zh-Hans": "全国人民代表大会",
      "zh-Hant": "全國人民代表大會",
    },
    article: {
      "zh-Hans": "第五百四十五条、第五百四十六条",
      "zh-Hant": "第五百四十五條、第五百四十六條",
    },
    date: "2021-01-01",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "债权人可以把债权转让给第三人（第五百四十五条）；转让没有通知债务人的，对债务人不发生效力（第五百四十六条）。",
      "zh-Hant": "債權人可以把債權轉讓給第三人（第五百四十五條）；轉讓沒有通知債務人的，對債務人不發生效力（第五百四十六條）。",
    },
  },
  {
    id: "credit-reporting-reg-25",
    title: {
      "zh-Hans": "《征信业管理条例》",
      "zh-Hant": "《徵信業管理條例》",
    },
    publisher: {
      "zh-Hans": "国务院",
      "zh-Hant": "國務院",
    },
    article: {
      "zh-Hans": "第二十五条",
      "zh-Hant": "第二十五條",
    },
    date: "2013-03-15",
    checked: CHECKED,
    kind: "law",
    binding: true,
    note: {
      "zh-Hans": "本人认为征信信息有错误或遗漏的，可以向征信机构或信息提供者（放贷机构）提出异议，免费。",
      "zh-Hant": "本人認為徵信信息有錯誤或遺漏的，可以向徵信機構或信息提供者（放貸機構）提出異議，免費。",
    },
  },
] as const satisfies readonly Source[];

export const guideReportSources = [
  {
    id: "nfra-impersonation-alert-2023",
    title: {
      "zh-Hans": "关于防范冒用金融监管名义实施诈骗的风险提示",
      "zh-Hant": "關於防範冒用金融監管名義實施詐騙的風險提示",
    },
    publisher: {
      "zh-Hans": "国家金融监督管理总局",
      "zh-Hant": "國家金融監督管理總局",
    },
    date: "2023-07-12",
    checked: CHECKED,
    kind: "report",
    binding: false,
    note: {
      "zh-Hans": "不法分子冒充金融监管部门或其工作人员，以“消除征信不良记录”等名义骗取钱财和银行卡信息。",
      "zh-Hant": "不法分子冒充金融監管部門或其工作人員，以「消除徵信不良記錄」等名義騙取錢財和銀行卡信息。",
    },
  },
] as const satisfies readonly Source[];
