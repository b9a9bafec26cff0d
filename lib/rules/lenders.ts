/**
 * Lenders the questionnaire offers: one record each, with its kind, what is known of its collection
 * practice and its sources. Timing and propensity come from the kind (kinds.ts); a lender overrides the
 * kind's propensity only where a source shows its own practice (WeBank).
 */
import type { LenderId } from "./ids";
import { KIND_RULES } from "./kinds";
import { sourced } from "./param";
import type { Lender, LenderRules } from "./types";

const UNKNOWN = {
  practice: {
    "zh-Hans": "没有找到关于它催收或上门做法的可靠公开资料，估算只用一般的催收阶段。",
    "zh-Hant": "沒有找到關於它催收或上門做法的可靠公開資料，估算只用一般的催收階段。",
  },
};

type LenderEntry = Omit<Lender, "rules"> & { readonly visitPropensity?: LenderRules["visitPropensity"] };

const ENTRIES: readonly LenderEntry[] = [
  {
    id: "huabei",
    creditor: "named",
    name: {
      "zh-Hans": "花呗／借呗",
      "zh-Hant": "花唄／借唄",
    },
    kind: "consumer_finance",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "jd",
    creditor: "named",
    name: {
      "zh-Hans": "京东金条／白条",
      "zh-Hant": "京東金條／白條",
    },
    kind: "online_platform",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "weilidai",
    creditor: "named",
    name: {
      "zh-Hans": "微粒贷（微众银行）",
      "zh-Hant": "微粒貸（微眾銀行）",
    },
    kind: "bank_loan",
    practice: {
      "zh-Hans": "微粒贷（微众银行）主要通过短信、电话、App和信函催收；它2025年9月公布的名单列有320家合作催收公司。媒体报道过以上门相威胁的短信（2025年5月），也报道过不在名单上的假“律师”上门（2025年11月）。所以不能说它“从不上门”，也要提防冒充者：核对来人的机构是否在名单上。",
      "zh-Hant": "微粒貸（微眾銀行）主要通過短信、電話、App和信函催收；它2025年9月公佈的名單列有320家合作催收公司。媒體報道過以上門相威脅的短信（2025年5月），也報道過不在名單上的假「律師」上門（2025年11月）。所以不能說它「從不上門」，也要提防冒充者：核對來人的機構是否在名單上。",
    },
    sources: ["webank-agencies-2025-09", "media-webank-visit-sms-2025-05", "media-fake-lawyer-visit-2025-11", "seed-004"],
    visitPropensity: sourced(
      0.7,
      ["webank-agencies-2025-09", "media-webank-visit-sms-2025-05", "media-fake-lawyer-visit-2025-11"],
      "low",
      "Collects mostly remotely (SMS, phone, app, letters): lowered. Not near zero: it lists 320 outside agencies and visits were reported. 0.7 itself is our judgement.",
    ),
  },
  {
    id: "credit-card",
    creditor: "named",
    name: {
      "zh-Hans": "银行信用卡",
      "zh-Hant": "銀行信用卡",
    },
    kind: "credit_card",
    practice: {
      "zh-Hans": "信用卡催收受《商业银行信用卡业务监督管理办法》约束：只能向持卡人本人和担保人催收，催收过程要记录。中国银行业协会2026年的指引要求上门至少两人、出示证件，夜间不上门。2022年，光大、民生两家银行的信用卡中心因催收严重不审慎被罚。各银行的上门频率没有公开数据。",
      "zh-Hant": "信用卡催收受《商業銀行信用卡業務監督管理辦法》約束：只能向持卡人本人和擔保人催收，催收過程要記錄。中國銀行業協會2026年的指引要求上門至少兩人、出示證件，夜間不上門。2022年，光大、民生兩家銀行的信用卡中心因催收嚴重不審慎被罰。各銀行的上門頻率沒有公開資料。",
    },
    sources: ["credit-card-measures-2011-68", "credit-card-measures-2011-70", "cba-consumer-loan-collection-2026", "card-centre-fines-2022-05-26"],
  },
  {
    id: "zhaolian",
    creditor: "named",
    name: {
      "zh-Hans": "招联消费金融",
      "zh-Hant": "招聯消費金融",
    },
    kind: "consumer_finance",
    practice: {
      "zh-Hans": "招联消费金融是持牌消费金融公司，2022年2月被罚款290万元，违规事项包括催收不当。没有关于它上门频率的可靠公开数据。",
      "zh-Hant": "招聯消費金融是持牌消費金融公司，2022年2月被罰款290萬元，違規事項包括催收不當。沒有關於它上門頻率的可靠公開資料。",
    },
    sources: ["zhaolian-fine-2022-02"],
  },
  {
    id: "mashang",
    creditor: "named",
    name: {
      "zh-Hans": "马上消费金融",
      "zh-Hant": "馬上消費金融",
    },
    kind: "consumer_finance",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "anyihua",
    creditor: "named",
    name: {
      "zh-Hans": "安逸花",
      "zh-Hant": "安逸花",
    },
    kind: "consumer_finance",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "duxiaoman",
    creditor: "named",
    name: {
      "zh-Hans": "度小满（有钱花）",
      "zh-Hant": "度小滿（有錢花）",
    },
    kind: "online_platform",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "360jietiao",
    creditor: "named",
    name: {
      "zh-Hans": "360借条",
      "zh-Hant": "360借條",
    },
    kind: "online_platform",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "fenqile",
    creditor: "named",
    name: {
      "zh-Hans": "分期乐",
      "zh-Hant": "分期樂",
    },
    kind: "online_platform",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "meituan",
    creditor: "named",
    name: {
      "zh-Hans": "美团借钱",
      "zh-Hant": "美團借錢",
    },
    kind: "online_platform",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "homecredit",
    creditor: "named",
    sellsDebts: true,
    name: {
      "zh-Hans": "捷信（现天津京东消费金融）",
      "zh-Hant": "捷信（現天津京東消費金融）",
    },
    kind: "consumer_finance",
    practice: {
      "zh-Hans": "捷信消费金融已更名为天津京东消费金融（2025年5月26日报道获批）。它曾把不良贷款批量转让给资产管理公司，所以联系你的可能是新的债权人：先核实对方身份和债权转让通知，再决定向谁还款。没有关于它上门频率的可靠公开数据。",
      "zh-Hant": "捷信消費金融已更名為天津京東消費金融（2025年5月26日報道獲批）。它曾把不良貸款整批轉讓給資產管理公司，所以聯絡你的可能是新的債權人：先核實對方身份和債權轉讓通知，再決定向誰還款。沒有關於它上門頻率的可靠公開資料。",
    },
    sources: ["homecredit-rename-2025", "homecredit-npl-sales", "seed-002"],
  },
  {
    id: "haier",
    creditor: "named",
    name: {
      "zh-Hans": "海尔消费金融",
      "zh-Hant": "海爾消費金融",
    },
    kind: "consumer_finance",
    practice: {
      "zh-Hans": "海尔消费金融是持牌消费金融公司。2025年7月25日，国家金融监督管理总局青岛监管局对其罚款105万元，违规事项包括催收行为不当。没有关于它上门频率的可靠公开数据。",
      "zh-Hant": "海爾消費金融是持牌消費金融公司。2025年7月25日，國家金融監督管理總局青島監管局對其罰款105萬元，違規事項包括催收行為不當。沒有關於它上門頻率的可靠公開資料。",
    },
    sources: ["haier-nfra-qingdao-2025", "seed-003"],
  },
  {
    id: "zhongyin",
    creditor: "named",
    name: {
      "zh-Hans": "中银消费金融",
      "zh-Hant": "中銀消費金融",
    },
    kind: "consumer_finance",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "xingye",
    creditor: "named",
    name: {
      "zh-Hans": "兴业消费金融",
      "zh-Hant": "興業消費金融",
    },
    kind: "consumer_finance",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "pingan-puhui",
    creditor: "named",
    name: {
      "zh-Hans": "平安普惠",
      "zh-Hant": "平安普惠",
    },
    kind: "online_platform",
    ...UNKNOWN,
    sources: [],
  },
  {
    id: "rongyi",
    creditor: "in_contract",
    name: {
      "zh-Hans": "融易分期",
      "zh-Hant": "融易分期",
    },
    kind: "matching_brand",
    practice: {
      "zh-Hans": "融易分期很可能是融360旗下的助贷平台，自己不放款：钱由合同里写明的合作机构借出，由该机构或它委托的催收公司催收。先在合同里找到真正的放贷机构；找到后，按那家机构重新估算更准。没有关于它上门做法的可靠公开资料。",
      "zh-Hant": "融易分期很可能是融360旗下的助貸平台，自己不放款：錢由合同裡寫明的合作機構借出，由該機構或它委託的催收公司催收。先在合同裡找到真正的放貸機構；找到後，按那家機構重新估算更準。沒有關於它上門做法的可靠公開資料。",
    },
    sources: ["rong360-rongyi", "seed-000"],
  },
  {
    id: "bank-loan",
    creditor: "generic",
    name: {
      "zh-Hans": "其他银行贷款",
      "zh-Hant": "其他銀行貸款",
    },
    kind: "bank_loan",
    practice: {
      "zh-Hans": "银行个人消费贷款的上门受中国银行业协会2026年指引约束：夜间不上门、至少两人、出示证件、经同意才能进门。各银行的上门频率没有公开数据。",
      "zh-Hant": "銀行個人消費貸款的上門受中國銀行業協會2026年指引約束：夜間不上門、至少兩人、出示證件、經同意才能進門。各銀行的上門頻率沒有公開資料。",
    },
    sources: ["cba-consumer-loan-collection-2026"],
  },
  {
    id: "other-cfc",
    creditor: "generic",
    name: {
      "zh-Hans": "其他消费金融公司",
      "zh-Hant": "其他消費金融公司",
    },
    kind: "consumer_finance",
    practice: {
      "zh-Hans": "持牌消费金融公司须按《消费金融公司管理办法》管理它委托的催收公司。没有公开的上门频率数据，估算只用一般的催收阶段。",
      "zh-Hant": "持牌消費金融公司須按《消費金融公司管理辦法》管理它委託的催收公司。沒有公開的上門頻率資料，估算只用一般的催收階段。",
    },
    sources: ["cfc-measures-2024"],
  },
  {
    id: "other-online",
    creditor: "generic",
    name: {
      "zh-Hans": "其他网络贷款平台",
      "zh-Hant": "其他網絡貸款平台",
    },
    kind: "online_platform",
    practice: {
      "zh-Hans": "网络贷款的催收可以对照推荐性国家标准GB/T 45251—2025（自愿执行）：夜间不催收，只有联系不上本人时才能联系紧急联系人。没有公开的上门频率数据，估算只用一般的催收阶段。",
      "zh-Hant": "網絡貸款的催收可以對照推薦性國家標準GB/T 45251—2025（自願執行）：夜間不催收，只有聯絡不上本人時才能聯絡緊急聯絡人。沒有公開的上門頻率資料，估算只用一般的催收階段。",
    },
    sources: ["gbt-45251-2025", "nifa-collection-guideline-2024"],
  },
  {
    id: "small-loan",
    name: {
      "zh-Hans": "小额贷款公司（含网络小贷）",
      "zh-Hant": "小額貸款公司（含網絡小貸）",
    },
    kind: "small_loan",
    creditor: "generic",
    practice: {
      "zh-Hans": "小额贷款公司由所在省的地方金融管理局监管，不归银行业的行业协会管。没有公开的上门频率数据，估算只用一般的催收阶段。",
      "zh-Hant": "小額貸款公司由所在省的地方金融管理局監管，不歸銀行業的行業協會管。沒有公開的上門頻率資料，估算只用一般的催收階段。",
    },
    sources: [],
  },
  {
    id: "asset-manager",
    name: {
      "zh-Hans": "债务已转让给资产管理公司",
      "zh-Hant": "債務已轉讓給資產管理公司",
    },
    kind: "asset_manager",
    creditor: "generic",
    practice: {
      "zh-Hans": "银行和消费金融公司会把逾期较久的债务批量转让给资产管理公司，之后由新的债权人或它委托的机构催收。先核实债权转让通知，再决定向谁还款。",
      "zh-Hant": "銀行和消費金融公司會把逾期較久的債務整批轉讓給資產管理公司，之後由新的債權人或它委託的機構催收。先核實債權轉讓通知，再決定向誰還款。",
    },
    sources: ["homecredit-npl-sales"],
  },
];

export const LENDERS: readonly Lender[] = ENTRIES.map(({ visitPropensity, ...entry }) => {
  const kind = KIND_RULES[entry.kind];
  return {
    ...entry,
    rules: { ...kind, visitPropensity: visitPropensity ?? kind.visitPropensity, ownPropensity: visitPropensity !== undefined },
  };
});

const BY_ID: ReadonlyMap<LenderId, Lender> = new Map(LENDERS.map((l) => [l.id, l]));

/** The lender for an id from LENDER_IDS (a test checks that every id has one). */
export function getLender(id: LenderId): Lender {
  const lender = BY_ID.get(id);
  if (lender === undefined) throw new Error(`rules data has no lender "${id}"`);
  return lender;
}
