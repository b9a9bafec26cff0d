import type { Localized, Script } from "./localized";

/**
 * One term per concept in each script, and the words to avoid, as data: glossary.test.ts fails when an
 * avoided word appears in any message (every namespace, including ones added later) or in the copy the
 * data carries (source notes, lender practice notes). messages/GLOSSARY.md explains the choices.
 *
 * zh-Hant follows design.md "Locales": Traditional characters, mainland terms of art for what the borrower
 * handles (合同, 短信, 賬戶, 工資流水, 證明材料…), UI words Hong Kong and Taiwan readers share; Taiwan-only
 * words are out.
 */
export interface Avoided {
  /** The word as it must not appear. */
  readonly word: string;
  /** Longer, correct phrases that contain the word and are allowed (no false positives). */
  readonly inside?: readonly string[];
  /** Message keys where the word is explained once (e.g. the industry's own term), and only there. */
  readonly explainedIn?: readonly string[];
}

export interface GlossaryTerm {
  /** What the term names, in English, for the reader of this file. */
  readonly concept: string;
  /** The one term to use. */
  readonly use: Localized<string>;
  /** How the term is explained the first time a page uses it, if it needs explaining. */
  readonly explained?: Localized<string>;
  readonly avoid: Localized<readonly Avoided[]>;
}

const same = (...words: string[]): readonly Avoided[] => words.map((word) => ({ word }));

/** Where 外访 (the industry's word for a visit) is explained; everywhere else a visit is 上门催收. */
const VISIT_EXPLAINED = ["rights.points.visits.body"];

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    concept: "the lender (bank, consumer finance company, small-loan company) that lent the money",
    use: { "zh-Hans": "放贷机构", "zh-Hant": "放貸機構" },
    avoid: {
      "zh-Hans": same("借款机构", "出借方", "出借机构", "放款机构"),
      "zh-Hant": same("借款機構", "出借方", "出借機構", "放款機構"),
    },
  },
  {
    concept: "a collection agency the lender hired",
    use: { "zh-Hans": "催收公司", "zh-Hant": "催收公司" },
    explained: { "zh-Hans": "受放贷机构委托的第三方", "zh-Hant": "受放貸機構委託的第三方" },
    avoid: {
      "zh-Hans": same("外包", "委外", "催收机构"),
      "zh-Hant": same("外包", "委外", "催收機構"),
    },
  },
  {
    concept: "a collector's visit to the home, workplace or family",
    use: { "zh-Hans": "上门催收", "zh-Hant": "上門催收" },
    explained: { "zh-Hans": "行业里叫“外访”", "zh-Hant": "行業裡叫「外訪」" },
    avoid: {
      "zh-Hans": [{ word: "外访", explainedIn: VISIT_EXPLAINED }],
      "zh-Hant": [{ word: "外訪", explainedIn: VISIT_EXPLAINED }],
    },
  },
  {
    concept: "an app or brand that only introduces loans; the lender is named in the contract",
    use: { "zh-Hans": "助贷平台", "zh-Hant": "助貸平台" },
    explained: {
      "zh-Hans": "只介绍贷款，真正借钱给你的放贷机构写在借款合同上",
      "zh-Hant": "只介紹貸款，真正借錢給你的放貸機構寫在借款合同上",
    },
    avoid: { "zh-Hans": same("导流平台", "撮合平台"), "zh-Hant": same("導流平台", "撮合平台") },
  },
  {
    concept: "an online lending platform (a lending app)",
    use: { "zh-Hans": "网络贷款平台", "zh-Hant": "網絡貸款平台" },
    avoid: { "zh-Hans": same("互联网平台", "网络贷款机构"), "zh-Hant": same("互聯網平台", "網絡貸款機構") },
  },
  {
    concept: "an accounting write-off (the debt is not cancelled)",
    use: { "zh-Hans": "内部核销", "zh-Hant": "內部核銷" },
    explained: { "zh-Hans": "会计上记为损失，欠款并没有取消", "zh-Hant": "會計上記為損失，欠款並沒有取消" },
    avoid: { "zh-Hans": [], "zh-Hant": [] },
  },
  {
    concept: "more frequent collection calls (industry jargon, not encryption)",
    use: { "zh-Hans": "电话更频繁", "zh-Hant": "電話更頻繁" },
    avoid: { "zh-Hans": same("电话催收加密", "催收加密"), "zh-Hant": same("電話催收加密", "催收加密") },
  },
  // zh-Hant: the mainland terms of art the borrower's papers use, instead of Taiwan-only words.
  { concept: "contract", use: { "zh-Hans": "合同", "zh-Hant": "合同" }, avoid: { "zh-Hans": [], "zh-Hant": same("合約") } },
  { concept: "text message", use: { "zh-Hans": "短信", "zh-Hant": "短信" }, avoid: { "zh-Hans": [], "zh-Hant": same("簡訊") } },
  {
    concept: "bank account, account number",
    use: { "zh-Hans": "账户", "zh-Hant": "賬戶" },
    avoid: { "zh-Hans": [], "zh-Hant": same("帳戶", "帳號") },
  },
  { concept: "to print", use: { "zh-Hans": "打印", "zh-Hant": "打印" }, avoid: { "zh-Hans": [], "zh-Hant": same("列印") } },
  {
    concept: "payroll bank statement",
    use: { "zh-Hans": "工资流水", "zh-Hant": "工資流水" },
    avoid: { "zh-Hans": [], "zh-Hant": same("薪資轉帳", "薪資") },
  },
  {
    concept: "supporting documents (proof of hardship)",
    use: { "zh-Hans": "证明材料", "zh-Hant": "證明材料" },
    avoid: { "zh-Hans": [], "zh-Hant": same("證明文件") },
  },
  { concept: "to keep, store", use: { "zh-Hans": "保存", "zh-Hant": "保存" }, avoid: { "zh-Hans": [], "zh-Hant": same("儲存") } },
  // 髮送 is a known character-conversion slip for 發送.
  { concept: "to send", use: { "zh-Hans": "发送", "zh-Hant": "發送" }, avoid: { "zh-Hans": [], "zh-Hant": same("傳送", "髮送") } },
  { concept: "a record; to record", use: { "zh-Hans": "记录", "zh-Hant": "記錄" }, avoid: { "zh-Hans": [], "zh-Hant": same("紀錄") } },
  { concept: "platform", use: { "zh-Hans": "平台", "zh-Hant": "平台" }, avoid: { "zh-Hans": [], "zh-Hant": same("平臺") } },
  { concept: "network", use: { "zh-Hans": "网络", "zh-Hant": "網絡" }, avoid: { "zh-Hans": [], "zh-Hant": same("網路") } },
  {
    concept: "information (as in 个人信息, the law's word)",
    use: { "zh-Hans": "信息", "zh-Hant": "信息" },
    avoid: { "zh-Hans": [], "zh-Hant": same("資訊") },
  },
  { concept: "a message (in an app)", use: { "zh-Hans": "消息", "zh-Hant": "消息" }, avoid: { "zh-Hans": [], "zh-Hant": same("訊息") } },
  { concept: "software", use: { "zh-Hans": "软件", "zh-Hant": "軟件" }, avoid: { "zh-Hans": [], "zh-Hant": same("軟體") } },
  { concept: "video", use: { "zh-Hans": "视频", "zh-Hant": "視頻" }, avoid: { "zh-Hans": [], "zh-Hant": same("影片", "視訊") } },
  { concept: "to film, a recording on video", use: { "zh-Hans": "录像", "zh-Hant": "錄像" }, avoid: { "zh-Hans": [], "zh-Hant": same("錄影") } },
  // UI words: the ones Hong Kong and Taiwan readers share, or the one the character conversion gives when both read well.
  { concept: "server", use: { "zh-Hans": "服务器", "zh-Hant": "伺服器" }, avoid: { "zh-Hans": [], "zh-Hant": same("服務器") } },
  { concept: "a link", use: { "zh-Hans": "链接", "zh-Hant": "鏈接" }, avoid: { "zh-Hans": [], "zh-Hant": same("連結") } },
  // Character-conversion slips: 签 is 簽 (籤 is a lot or a bookmark), 只 stays 只 in 這只.
  { concept: "to sign", use: { "zh-Hans": "签字", "zh-Hant": "簽字" }, avoid: { "zh-Hans": [], "zh-Hant": [{ word: "籤", inside: ["標籤", "抽籤", "書籤"] }] } },
  { concept: "only (這只涉及)", use: { "zh-Hans": "这只", "zh-Hant": "這只" }, avoid: { "zh-Hans": [], "zh-Hant": same("這隻") } },
  { concept: "to contact", use: { "zh-Hans": "联系", "zh-Hant": "聯絡" }, avoid: { "zh-Hans": [], "zh-Hant": same("聯繫") } },
  // Tone: no passive "was not saved", no stigma about borrowers, no over-reassurance about freezing.
  {
    concept: "active voice (本站没有保存…), not 没有被保存",
    use: { "zh-Hans": "没有保存", "zh-Hant": "沒有保存" },
    avoid: { "zh-Hans": same("没有被保存", "没有被发送"), "zh-Hant": same("沒有被保存", "沒有被發送") },
  },
  {
    concept: "no stigma or superlatives about borrowers",
    use: { "zh-Hans": "骗子会冒充催收人员", "zh-Hant": "騙子會冒充催收人員" },
    avoid: { "zh-Hans": same("最容易被骗", "逾期的人最"), "zh-Hant": same("最容易被騙", "逾期的人最") },
  },
  {
    concept: "a court can freeze accounts (property preservation); never 'it is only a bluff'",
    use: { "zh-Hans": "只有法院能冻结", "zh-Hant": "只有法院能凍結" },
    avoid: { "zh-Hans": same("吓唬你"), "zh-Hant": same("嚇唬你") },
  },
  {
    concept: "the estimate is a labelled heuristic: never call it 'not a prediction'",
    use: { "zh-Hans": "参考估计", "zh-Hant": "參考估計" },
    avoid: { "zh-Hans": same("不是预测"), "zh-Hant": same("不是預測") },
  },
];

export interface GlossaryHit {
  readonly key: string;
  readonly word: string;
  readonly use: string;
}

function occursOutside(text: string, avoided: Avoided): boolean {
  // Blank out the longer correct phrases first, so only the avoided word on its own is found.
  const rest = (avoided.inside ?? []).reduce((t, phrase) => t.split(phrase).join("\u0000"), text);
  return rest.includes(avoided.word);
}

/** Every avoided word in these texts (message key → text), with the term to use instead. */
export function avoidedWordsIn(texts: Readonly<Record<string, string>>, script: Script): GlossaryHit[] {
  return GLOSSARY.flatMap((term) =>
    term.avoid[script].flatMap((avoided) =>
      Object.entries(texts)
        .filter(([key, text]) => !(avoided.explainedIn ?? []).includes(key) && occursOutside(text, avoided))
        .map(([key]) => ({ key, word: avoided.word, use: term.use[script] })),
    ),
  );
}
