import type { ChannelId } from "@/lib/guide/channels";
import type { Cites } from "@/lib/guide/citations";
import type { CheckItem, CheckKind } from "@/lib/guide/legal-check";
import type { FindingId, Verdict } from "./ids";

/**
 * The message check's rules, as data. Each rule reads the normalised text (normalize.ts: Simplified,
 * lower-case ASCII, no spaces), so one pattern covers both scripts, full-width characters and spaced-out
 * words. Patterns are plain regular expressions without lookbehind; the characters a match covers are
 * what the page marks. Words (what the finding is, why, what to do) are in messages under messageCheck.
 */
export interface MessageRule {
  readonly id: FindingId;
  /** The verdict for an unknown lender kind. */
  readonly verdict: Verdict;
  /** A different verdict for some kinds of lender (the card conditions bind credit cards only). */
  readonly byKind?: Partial<Record<CheckKind, Verdict>>;
  /** A different verdict when the clause around the match says this (a court freezing, not a collector). */
  readonly inContext?: { readonly pattern: RegExp; readonly verdict: Verdict };
  /** Patterns over the normalised text; the earliest match in the message is the finding's span. */
  readonly patterns: readonly RegExp[];
  /** Skip a match whose clause says it will not happen or warns against it ("不会上门", "请勿向个人账户转账"). */
  readonly negatable: boolean;
  /** Laws and rules that bind every lender; the legality checker item's rules for the kind are added. */
  readonly sources: Cites;
  /** The legality checker's item for this finding: the hand-off ticks it; its rules join the sources. */
  readonly checkItem?: CheckItem;
  /** Where to turn, in order; "regulator" is the regulator(s) for the kind (channelsForKind). */
  readonly channels: readonly (ChannelId | "regulator")[];
}

/** Clause ends: a negation or a hypothetical reaches no further than its own clause. */
export const CLAUSE_END = /[，。！？；,!?;\n:：]/;

/**
 * Words that, before a match in the same clause, make it a denial, a warning or a hypothetical:
 * "我们不会上门", "请勿向任何个人账户转账", "如有人自称外访人员上门", "任何声称可以删除逾期记录的".
 */
export const NEGATORS = /不会|不得|不要|不可|不能|切勿|请勿|勿|谨防|警惕|严禁|禁止|从不|绝不|并非|没有|无需|无须|不用|无权|不是|如有人|如遇|若有人|自称|冒充|声称/;

// Parts shared by several patterns.
const YOU = "(?:你|您)(?:们)?(?:的)?";
/** People and places whose mention after a verb like 通知/找/叫/让 names a third party, with or without "你的". */
const PEOPLE_ANY =
  "(?:家人|家里人|家属|父母|爸妈|爸爸|妈妈|老婆|老公|妻子|丈夫|爱人|对象|子女|孩子|儿子|女儿|哥哥|姐姐|弟弟|妹妹|兄弟姐妹|亲戚|亲属|亲友|朋友|同事|同学|村委会|居委会|村里|村干部|邻居|全村|村民|紧急联系人|通讯录)";
/** Words that name a third party only as "your …" (联系公司客服 is no disclosure; 通知你公司 is). */
const PEOPLE_YOURS = "(?:领导|老板|上司|单位|公司|人事|社区|联系人)";
const PEOPLE = `(?:${PEOPLE_ANY}|${PEOPLE_YOURS})`;
/** Verbs of telling or reaching someone. */
const TELL = "(?:通知|联系|告知|告诉|打给|打电话给|找|叫|让|发给|群发|知会)";
const PLACES = "(?:家(?!人|属|里人|族)|公司|单位|老家|户籍地|村|小区(?!业主群|群)|楼下|学校|工作单位|工地|店)";

export const MESSAGE_RULES: readonly MessageRule[] = [
  {
    id: "arrest_or_criminal_threat",
    verdict: "false",
    byKind: { credit_card: "conditional" },
    patterns: [
      /(?:移交|移送|转交|提交|上报|报送|交给|交由)[^，。！？；]{0,6}(?:公安|警方|派出所|经侦|刑侦|司法机关)/,
      /刑事(?:立案|责任|案件|处理)|立案侦查|报案|网上逃犯|经侦|刑侦/,
      /坐牢|判刑|蹲(?:几年|监狱|大牢)|进去蹲|拘留|逮捕|抓你|被抓|来抓|带走你|将你带走/,
      /(?:涉嫌|构成|属于|这是|这就是)[^，。！？；]{0,4}(?:诈骗|犯罪|罪)/,
      /警方[^，。！？；]{0,3}(?:介入|立案|调查|上门)/,
    ],
    negatable: true,
    sources: ["civil-procedure-law", "card-crime-interpretation-2018", "criminal-law-279", "cba-consumer-loan-collection-2026"],
    checkItem: "threats",
    channels: ["police", "regulator"],
  },
  {
    id: "card_malicious_overdraft",
    verdict: "conditional",
    // Other loans have no such offence: the claim is false for them.
    byKind: {
      bank_loan: "false",
      consumer_finance: "false",
      online_platform: "false",
      small_loan: "false",
      matching_brand: "false",
      asset_manager: "false",
    },
    patterns: [/恶意透支/, /(?:按|以|涉嫌|构成|认定为?)信用卡诈骗/],
    negatable: true,
    sources: ["card-crime-interpretation-2018", "criminal-law-196"],
    channels: ["lender", "legalAid"],
  },
  {
    id: "third_party_disclosure",
    verdict: "illegal",
    patterns: [
      new RegExp(`${TELL}(?:了|过)?(?:${YOU}(?:所有的?)?${PEOPLE}|(?:所有的?)?${PEOPLE_ANY})`),
      new RegExp(`给${YOU}${PEOPLE}[^，。！？；]{0,6}(?:打|发)`),
      new RegExp(`${YOU}(?:${PEOPLE}){1,2}的?电话[^。！？；]{0,12}打`),
    ],
    negatable: true,
    sources: [],
    checkItem: "thirdParties",
    channels: ["lender", "regulator", "harassment", "legalAid"],
  },
  {
    id: "insult_or_threat",
    verdict: "illegal",
    patterns: [
      /老赖|骗子|畜生|不要脸|废物|人渣|去死|死全家|遭报应|小心点|出门注意安全|注意安全|后果自负|走着瞧|给我等着|别后悔|不会放过|弄死|打断[^，。！？；]{0,3}腿|别逼我|别的手段|其他手段|保不保得住|保不住|丢了?工作|躲到什么时候/,
      /(?:住哪|住址|住在哪|上学|学校)[^，。！？；]{0,10}(?:都|也)?(?:清楚|知道)/,
    ],
    negatable: true,
    sources: [],
    checkItem: "threats",
    channels: ["police", "regulator", "harassment"],
  },
  {
    id: "info_publication",
    verdict: "illegal",
    patterns: [
      /曝光|公示|张贴|贴到|贴在|传单|海报|大字报|通缉令|业主群|群发[^，。！？；]{0,4}通讯录/,
      /(?:发到|发在|发|公开在|公布在|挂到|挂在)[^，。！？；]{0,8}(?:朋友圈|微信群|群里|网上|抖音|快手|微博|贴吧)/,
      new RegExp(`公开${YOU}?(?:个人)?(?:信息|照片|欠款)`),
    ],
    negatable: true,
    sources: [],
    checkItem: "infoPosted",
    channels: ["regulator", "harassment", "legalAid"],
  },
  {
    id: "visit_notice",
    verdict: "notice",
    patterns: [
      /上门(?!服务|取件|维修|安装|回收)|外访|走访|家访|登门|实地/,
      new RegExp(`(?:到|去|来|前往|赶到|过去)${YOU}?(?:所在的?)?${PLACES}`),
      /派人(?:去|到|前往)/,
    ],
    negatable: true,
    sources: ["civil-code-1033", "public-security-trespass", "criminal-law-245", "cba-consumer-loan-collection-2026"],
    channels: ["police", "lender"],
  },
  {
    id: "night_contact",
    verdict: "illegal",
    patterns: [],
    negatable: false,
    sources: [],
    checkItem: "nightCalls",
    channels: ["lender", "regulator", "harassment"],
  },
  {
    id: "personal_account",
    verdict: "scam",
    patterns: [
      /(?:个人|私人)(?:账户|账号|卡|银行卡|支付宝|微信)|收款码|二维码|扫码|收款人|户名|卡号/,
      /(?:转|打|付)(?:给|到)?(?:我|我们经理|经理|他|她)(?:的|个人)/,
      /(?:转|打|付)给我|转我|(?:支付宝|微信)(?:转|打|付)(?:给|到)|支付宝账号|微信号转/,
      /\d{16,19}/,
    ],
    negatable: true,
    sources: ["nfra-impersonation-alert-2023"],
    checkItem: "personalAccount",
    channels: ["police", "lender"],
  },
  {
    id: "fee_middleman",
    verdict: "scam",
    patterns: [
      /征信修复|修复征信|征信洗白|洗白征信|债务优化|代理维权|债务重组服务|逾期记录[^，。！？；]{0,6}(?:删除|消除|撤销|清除|消掉)|(?:删除|消除|撤销|清除)[^，。！？；]{0,4}逾期记录/,
      /(?:停息挂账|个性化分期|延期还款|减免)[^。！？；]{0,20}(?:收费|服务费|手续费|咨询费|定金|代办|中介费|成功后|先付|先交|包成功|包过)/,
      /(?:收费|服务费|手续费|咨询费|定金|代办|中介|包成功|包过)[^。！？；]{0,12}(?:停息挂账|个性化分期)/,
    ],
    negatable: true,
    sources: ["credit-reporting-reg-16", "credit-card-measures-2011-70", "nfra-impersonation-alert-2023"],
    channels: ["police", "lender"],
  },
  {
    id: "fake_legal_document",
    verdict: "scam",
    patterns: [/传票|起诉书|起诉状|判决书|裁定书|调解书|执行通知|开庭通知|应诉通知|逮捕令|拘留通知|拘留证|法律文书/],
    negatable: true,
    sources: ["criminal-law-280", "civil-procedure-law"],
    checkItem: "fakePapers",
    channels: ["court", "police"],
  },
  {
    id: "suspicious_link",
    verdict: "scam",
    patterns: [
      /(?:https?:\/\/|www\.)[a-z0-9./?=&%#_~+-]+/,
      /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org|top|vip|cc|xyz|me|io|co|ly|info|site|shop|club|app|link|ink|tk|icu|fun|live)(?![a-z0-9])(?:\/[a-z0-9./?=&%#_~+-]*)?/,
    ],
    negatable: true,
    sources: ["nfra-impersonation-alert-2023", "beijing-fake-collectors-2026-03"],
    channels: ["lender", "harassment"],
  },
  {
    id: "freeze_claim",
    verdict: "false",
    inContext: { pattern: /法院|保全|裁定/, verdict: "conditional" },
    patterns: [
      /(?:将|会|已|就|要|申请|通知|有权|马上|立即|立刻|今晚|今天|明天|明日|全部|强制)[^，。！？；]{0,8}冻结/,
      new RegExp(`冻结${YOU}`),
    ],
    negatable: true,
    sources: ["civil-procedure-preservation", "civil-code-568"],
    channels: ["lender", "court"],
  },
  {
    id: "credit_report_notice",
    verdict: "true",
    patterns: [
      /(?:上报|报送|纳入|记入|计入|上传|影响|录入)[^，。！？；]{0,10}(?:征信|信用报告|信用记录|信用信息)/,
      /征信[^，。！？；]{0,4}(?:上报|报送)/,
    ],
    negatable: true,
    sources: ["credit-reporting-reg-15", "credit-reporting-reg-16", "credit-reporting-reg-25"],
    channels: ["lender", "pboc"],
  },
  {
    id: "official_channel",
    verdict: "true",
    patterns: [
      /官方(?:app|客户端|渠道|客服|微信公众号|公众号|小程序|还款)/,
      /合同[^，。！？；]{0,4}(?:约定|指定)的?还款(?:账户|账号)/,
      /(?:登录|通过|在|使用)[^，。！？；]{0,10}(?:app|客户端)[^，。！？；]{0,4}还款/,
    ],
    negatable: false,
    sources: ["beijing-fake-collectors-2026-03"],
    channels: ["lender"],
  },
  {
    id: "lawsuit_warning",
    verdict: "true",
    patterns: [/起诉(?!书|状)|诉讼(?!服务)|仲裁|法律途径|司法途径|法律程序|司法程序/],
    negatable: true,
    sources: ["civil-procedure-law", "civil-code-limitation"],
    channels: ["lender", "court", "legalAid"],
  },
  {
    id: "debt_transfer",
    verdict: "notice",
    patterns: [
      /债权[^，。！？；]{0,6}(?:转让|受让|出售)|受让[^，。！？；]{0,8}债权|新债权人|债务[^，。！？；]{0,6}(?:转让|出售|卖给)|资产管理(?:有限)?公司|(?:借款|欠款|贷款)[^，。！？；]{0,4}转让给/,
      /(?:转让|出售|卖给|打包)[^，。！？；]{0,8}(?:债权|债务)/,
    ],
    negatable: true,
    sources: ["civil-code-545-546", "civil-code-limitation"],
    channels: ["lender", "regulator"],
  },
];
