import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translator";
import { LENDER_KINDS } from "@/lib/rules";
import { getSource, type SourceId } from "@/lib/sources";
import { channelsForKind } from "./channels";
import { citationLabel } from "./citations";
import {
  allCheckRules,
  CHECK_ITEMS,
  CHECK_KINDS,
  CHECK_RULES,
  channelsFor,
  channelsForItem,
  checkQueryString,
  complaintRulesFor,
  composeComplaint,
  industryRulesFor,
  itemRulesFor,
  KIND_RULES,
  parseCheckQuery,
  RULE_KEYS,
  RULE_SCOPES,
  rulesFor,
  scopedCitation,
  type CheckKind,
  type RuleScope,
} from "./legal-check";

const GBT: SourceId = "gbt-45251-2025";
const NIFA: SourceId = "nifa-collection-guideline-2024";
const CBA: SourceId = "cba-consumer-loan-collection-2026";
const CARD: SourceId = "credit-card-measures-2011-68";
const CFC: SourceId = "cfc-measures-2024";

/** Every source an item cites for a kind, over all items. */
const allRulesFor = (kind: CheckKind) => new Set(CHECK_ITEMS.flatMap((item) => itemRulesFor(item, kind)));

describe("legality checker: which industry rules bind each kind", () => {
  it("offers the rules module's kinds plus unknown", () => {
    expect(CHECK_KINDS).toEqual([...LENDER_KINDS, "unknown"]);
  });

  it("credit cards: the banking association guideline and the credit-card measures; no online or consumer-finance rules", () => {
    const rules = allRulesFor("credit_card");
    expect(rules).toContain(CBA);
    expect(rules).toContain(CARD);
    for (const id of [GBT, NIFA, CFC]) expect(rules).not.toContain(id);
    expect(industryRulesFor("thirdParties", "credit_card")).toEqual([
      { id: CBA, key: "cba" },
      { id: CARD, key: "card" },
    ]);
  });

  it("bank loans: the banking association guideline, GB/T 45251 only if taken online; never the card measures", () => {
    const rules = allRulesFor("bank_loan");
    expect(rules).not.toContain(CARD);
    expect(rules).not.toContain(NIFA);
    expect(industryRulesFor("nightCalls", "bank_loan")).toEqual([
      { id: GBT, key: "gbt", scope: "online" },
      { id: CBA, key: "cba" },
    ]);
  });

  it("consumer finance companies: their own measures, the banking guideline if a member, GB/T 45251 if online; no card rule", () => {
    const rules = allRulesFor("consumer_finance");
    expect(rules).not.toContain(CARD);
    expect(rules).not.toContain(NIFA);
    expect(industryRulesFor("threats", "consumer_finance")).toEqual([{ id: CFC, key: "cfc" }]);
    for (const item of CHECK_ITEMS) {
      for (const rule of industryRulesFor(item, "consumer_finance")) {
        if (rule.id === CBA) expect(rule.scope, item).toBe("member");
        if (rule.id === GBT) expect(rule.scope, item).toBe("online");
      }
    }
  });

  it("online platforms: GB/T 45251 and the internet finance guideline, unscoped; not the card or CFC measures", () => {
    expect(itemRulesFor("nightCalls", "online_platform")).toEqual(["civil-code-1033", GBT, NIFA]);
    const rules = allRulesFor("online_platform");
    for (const id of [CARD, CFC, CBA]) expect(rules).not.toContain(id);
  });

  it("small-loan companies: the online rules only if the loan was taken online", () => {
    expect(industryRulesFor("nightCalls", "small_loan")).toEqual([
      { id: GBT, key: "gbt", scope: "online" },
      { id: NIFA, key: "nifa", scope: "online" },
    ]);
    const rules = allRulesFor("small_loan");
    for (const id of [CARD, CFC, CBA]) expect(rules).not.toContain(id);
  });

  it("a debt sold to an asset manager: no industry rule, only the law", () => {
    for (const item of CHECK_ITEMS) expect(industryRulesFor(item, "asset_manager"), item).toEqual([]);
    expect(itemRulesFor("manyCalls", "asset_manager")).toEqual(["civil-code-1033", "public-security-law-2025-50"]);
  });

  it("the card measures bind credit cards only and the CFC measures consumer finance companies only", () => {
    for (const kind of LENDER_KINDS) {
      expect(allRulesFor(kind).has(CARD), kind).toBe(kind === "credit_card");
      expect(allRulesFor(kind).has(CFC), kind).toBe(kind === "consumer_finance");
    }
  });

  it("unknown lender: every rule, each marked with whom it binds", () => {
    expect(industryRulesFor("nightCalls", "unknown")).toEqual([
      { id: GBT, key: "gbt", scope: "online" },
      { id: NIFA, key: "nifa", scope: "online" },
      { id: CBA, key: "cba", scope: "member" },
    ]);
    expect(industryRulesFor("thirdParties", "unknown").map((r) => r.scope)).toEqual(["online", "member", "card"]);
    expect(industryRulesFor("threats", "unknown")).toEqual([{ id: CFC, key: "cfc", scope: "cfc" }]);
    for (const item of CHECK_ITEMS) {
      for (const rule of industryRulesFor(item, "unknown")) expect(rule.scope, `${item} → ${rule.id}`).toBeDefined();
    }
  });

  it("telling family, the employer or a group chat about the debt is unlawful for every lender", () => {
    for (const kind of CHECK_KINDS) {
      expect(itemRulesFor("thirdParties", kind)).toEqual(expect.arrayContaining(["civil-code-1034", "civil-code-1038", "pipl"]));
      expect(itemRulesFor("infoPosted", kind)).toEqual(expect.arrayContaining(["civil-code-1033", "civil-code-1038", "pipl"]));
    }
  });

  it("laws that bind everyone stay for every kind of lender", () => {
    for (const kind of CHECK_KINDS) {
      expect(itemRulesFor("manyCalls", kind)).toEqual(expect.arrayContaining(["civil-code-1033", "public-security-law-2025-50"]));
      expect(itemRulesFor("threats", kind)).toEqual(expect.arrayContaining(["public-security-law-2025-50", "criminal-law-293-1"]));
      expect(itemRulesFor("attemptedEntry", kind)).toEqual(
        expect.arrayContaining(["public-security-trespass", "criminal-law-245", "civil-code-1033"]),
      );
      expect(itemRulesFor("fakePapers", kind)).toEqual(expect.arrayContaining(["criminal-law-280", "criminal-law-279"]));
    }
  });

  it("a visitor who would not leave: the public security law and trespass, for every kind; call 110", () => {
    for (const kind of CHECK_KINDS) {
      expect(itemRulesFor("wouldNotLeave", kind)).toEqual(["public-security-law-2025-50", "public-security-trespass", "criminal-law-245"]);
      expect(complaintRulesFor("wouldNotLeave", kind)).toEqual([{ id: "public-security-law-2025-50" }]);
      expect(channelsForItem("wouldNotLeave", kind)[0]).toBe("police");
    }
  });

  it("every item cites a dated source and names at least one channel, for every kind", () => {
    for (const kind of CHECK_KINDS) {
      for (const item of CHECK_ITEMS) {
        const rules = itemRulesFor(item, kind);
        if (item !== "nightCalls" || kind !== "asset_manager") expect(rules.length, `${item}/${kind}`).toBeGreaterThan(0);
        expect(channelsForItem(item, kind).length, `${item}/${kind}`).toBeGreaterThan(0);
        for (const id of rules) expect(getSource(id).date, `${item} → ${id}`).toMatch(/^\d{4}/);
      }
    }
  });

  it("collects each rule once", () => {
    const rules = rulesFor(["nightCalls", "manyCalls"], "online_platform");
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules[0]).toBe("civil-code-1033");
    expect(allCheckRules()).toEqual(expect.arrayContaining([CBA, CFC, CARD, GBT, NIFA, "pipl"]));
  });

  it("every kind's bindings name a known rule and scope", () => {
    for (const kind of CHECK_KINDS) {
      for (const [key, binding] of Object.entries(KIND_RULES[kind])) {
        expect(RULE_KEYS as readonly string[]).toContain(key);
        if (binding !== true) expect(RULE_SCOPES as readonly string[]).toContain(binding);
      }
    }
  });
});

describe("legality checker: channels per kind", () => {
  it("credit cards, bank loans, consumer finance: 12378, never the local regulator", () => {
    for (const kind of ["credit_card", "bank_loan", "consumer_finance"] as const) {
      expect(channelsForItem("nightCalls", kind)).toContain("nfra");
      expect(channelsForItem("nightCalls", kind)).not.toContain("localRegulator");
      expect(channelsForItem("nightCalls", kind)).not.toContain("nifa");
    }
    expect(channelsFor(["nightCalls"], "credit_card")).toEqual(["lender", "nfra", "harassment", "legalAid", "heimao"]);
  });

  it("small-loan companies: the provincial local financial regulator, not 12378", () => {
    const channels = channelsFor(["nightCalls", "threats"], "small_loan");
    expect(channels).toContain("localRegulator");
    expect(channels).not.toContain("nfra");
    expect(channelsForKind("small_loan").ids).toEqual(["lender", "localRegulator"]);
  });

  it("online platforms and matching brands: the real lender's regulator, told by the contract, and the NIFA tip-off", () => {
    for (const kind of ["online_platform", "matching_brand"] as const) {
      expect(channelsForKind(kind).note).toBe("realLender");
      expect(channelsForItem("manyCalls", kind)).toEqual(expect.arrayContaining(["nfra", "localRegulator", "nifa"]));
    }
  });

  it("asset managers: 12378 or the local regulator, depending on who bought the debt", () => {
    expect(channelsForKind("asset_manager")).toEqual({ ids: ["lender", "nfra", "localRegulator"], note: "assetManager" });
    expect(channelsForItem("threats", "asset_manager")).toEqual(["police", "nfra", "localRegulator"]);
  });

  it("harassing calls and messages: 12321 for every kind", () => {
    for (const kind of CHECK_KINDS) {
      for (const item of ["nightCalls", "manyCalls", "thirdParties", "infoPosted"] as const) {
        expect(channelsForItem(item, kind), `${item}/${kind}`).toContain("harassment");
      }
    }
  });

  it("fake court papers: 110, then check with the court (12368)", () => {
    expect(channelsForItem("fakePapers", "credit_card")).toEqual(["police", "nfra", "court"]);
    expect(channelsForItem("fakePapers", "small_loan")).toEqual(["police", "localRegulator", "court"]);
  });

  it("payment to a personal account is a scam: 110 and the lender's official hotline, not a regulator", () => {
    expect(channelsForItem("personalAccount", "online_platform")).toEqual(["police", "lender"]);
    expect(CHECK_RULES.personalAccount.rules).toEqual(["beijing-fake-collectors-2026-03"]);
  });

  it("a credit record reported without notice goes to the PBOC hotline", () => {
    expect(CHECK_RULES.noNotice.rules).toContain("credit-reporting-reg-15");
    expect(channelsForItem("noNotice", "bank_loan")).toEqual(["lender", "pboc"]);
  });

  it("ends with free legal advice; nothing ticked, no channels", () => {
    expect(channelsFor(["threats"], "credit_card").at(-1)).toBe("legalAid");
    expect(channelsFor([], "credit_card")).toEqual([]);
  });
});

describe("parseCheckQuery", () => {
  it("reads ticked items in checklist order and the lender kind", () => {
    expect(parseCheckQuery({ i: ["threats", "nightCalls", "threats", "nonsense"], k: "credit_card" })).toEqual({
      items: ["nightCalls", "threats"],
      kind: "credit_card",
      script: "zh-Hans",
      submitted: true,
    });
  });

  it("reads the old kind values of existing links", () => {
    expect(parseCheckQuery({ k: "bank" }).kind).toBe("bank_loan");
    expect(parseCheckQuery({ k: "cfc" }).kind).toBe("consumer_finance");
    expect(parseCheckQuery({ k: "online" }).kind).toBe("online_platform");
    expect(parseCheckQuery({ k: "unknown" }).kind).toBe("unknown");
  });

  it("defaults to an unknown lender and knows when nothing was sent", () => {
    expect(parseCheckQuery({})).toEqual({ items: [], kind: "unknown", script: "zh-Hans", submitted: false });
    expect(parseCheckQuery({ i: "manyCalls" })).toEqual({ items: ["manyCalls"], kind: "unknown", script: "zh-Hans", submitted: true });
    expect(parseCheckQuery({ k: "martian" }).kind).toBe("unknown");
    expect(parseCheckQuery({ k: "toString" }).kind).toBe("unknown");
  });

  it("round-trips through the query string", () => {
    const query = checkQueryString(["manyCalls", "noNotice"], "small_loan");
    expect(query).toBe("i=manyCalls&i=noNotice&k=small_loan");
    const params = new URLSearchParams(query);
    expect(parseCheckQuery({ i: params.getAll("i"), k: params.get("k") ?? undefined })).toEqual({
      items: ["manyCalls", "noNotice"],
      kind: "small_loan",
      script: "zh-Hans",
      submitted: true,
    });
  });

  it("writes the complaint in Simplified unless Traditional is asked for", () => {
    expect(parseCheckQuery({ i: "threats", k: "credit_card" }).script).toBe("zh-Hans");
    expect(parseCheckQuery({ i: "threats", k: "credit_card", s: "zh-Hant" }).script).toBe("zh-Hant");
    expect(parseCheckQuery({ i: "threats", k: "credit_card", s: "klingon" }).script).toBe("zh-Hans");
    expect(checkQueryString(["threats"], "credit_card", "zh-Hant")).toBe("i=threats&k=credit_card&s=zh-Hant");
    expect(checkQueryString(["threats"], "credit_card", "zh-Hans")).toBe("i=threats&k=credit_card");
  });
});

describe("composeComplaint", () => {
  for (const script of ["zh-Hans", "zh-Hant"] as const) {
    const m = messagesFor(script).legalCheck;
    const t = translator(script, "legalCheck");
    const cite = (id: SourceId) => citationLabel(getSource(id), script);
    const scoped = (id: SourceId, scope: RuleScope) => scopedCitation(cite(id), m.complaint.scopes[scope]);

    it(`${script}: numbers each ticked item with its citations and leaves blanks for personal details`, () => {
      const text = composeComplaint(["nightCalls", "attemptedEntry"], "online_platform", t, cite);
      expect(text).toContain(`1. ${m.items.nightCalls.complaint}，`);
      expect(text).toContain(`2. ${m.items.attemptedEntry.complaint}，`);
      expect(text).toContain(script === "zh-Hans" ? "《中华人民共和国民法典》第一千零三十三条" : "《中華人民共和國民法典》第一千零三十三條");
      expect(text).toContain("GB/T 45251");
      expect(text).toContain("【姓名】");
      expect(text).not.toContain("{");
    });

    it(`${script}: is shaped as a complaint: each item "…，涉嫌违反《…》…。", optional ID number and place, requests to the lender and its agencies`, () => {
      for (const kind of CHECK_KINDS) {
        const text = composeComplaint(CHECK_ITEMS, kind, t, cite);
        const lines = text.split("\n");
        const facts = lines.slice(0, lines.indexOf(m.complaint.requestsIntro));
        const items = facts.filter((line) => /^\d+\. /.test(line));
        expect(items, kind).toHaveLength(CHECK_ITEMS.length);
        for (const line of items) {
          expect(line, line).toMatch(script === "zh-Hans" ? /^\d+\. [^。]+(，涉嫌违反《[^]+)?。$/ : /^\d+\. [^。]+(，涉嫌違反《[^]+)?。$/);
          expect(line, line).not.toMatch(/。。|，，|依据|依據/);
        }
      }
      const text = composeComplaint(["threats"], "credit_card", t, cite);
      expect(text).toContain(script === "zh-Hans" ? "身份证号码（选填）" : "身份證號碼（選填）");
      expect(text).toContain(script === "zh-Hans" ? "发生地点（选填）" : "發生地點（選填）");
      expect(text).toContain(script === "zh-Hans" ? "请放贷机构及其委托的催收公司立即停止" : "請放貸機構及其委託的催收公司立即停止");
      expect(text).not.toMatch(/如被投诉机构是|如被投訴機構是/);
    });

    it(`${script}: no nested or doubled brackets, for any kind and every item`, () => {
      for (const kind of CHECK_KINDS) {
        const text = composeComplaint(CHECK_ITEMS, kind, t, cite);
        expect(text, kind).not.toMatch(/））|\)\)/);
        for (const line of text.split("\n")) {
          let depth = 0;
          for (const ch of line) {
            if (ch === "（") depth += 1;
            if (ch === "）") depth -= 1;
            expect(depth, `${kind}: ${line}`).toBeLessThanOrEqual(1);
            expect(depth, `${kind}: ${line}`).toBeGreaterThanOrEqual(0);
          }
        }
      }
    });

    it(`${script}: names a law once before several of its articles, and asserts nothing from a scam alert`, () => {
      const text = composeComplaint(["thirdParties", "personalAccount"], "credit_card", t, cite);
      expect(text).toContain(script === "zh-Hans" ? "《中华人民共和国民法典》第一千零三十四条、第一千零三十八条" : "《中華人民共和國民法典》第一千零三十四條、第一千零三十八條");
      const scam = text.split("\n").find((line) => line.startsWith("2. "));
      expect(scam).toBe(`2. ${m.items.personalAccount.complaint}。`);
    });

    it(`${script}: a credit card complaint cites the banking guideline and the card rule, not the online-lending rules`, () => {
      const text = composeComplaint(["nightCalls", "thirdParties", "infoPosted"], "credit_card", t, cite);
      expect(text).toContain(cite(CBA));
      expect(text).toContain(cite(CARD));
      expect(text).toContain(cite("pipl"));
      expect(text).not.toContain("GB/T 45251");
      expect(text).not.toContain(cite(NIFA));
    });

    it(`${script}: a bank loan cites GB/T 45251 only if taken online`, () => {
      const text = composeComplaint(["manyCalls"], "bank_loan", t, cite);
      expect(text).toContain(scoped(GBT, "online"));
      expect(text).toContain(script === "zh-Hans" ? "（GB/T 45251—2025，对网上或App里的借款适用）" : "（GB/T 45251—2025，對網上或App裡的借款適用）");
      expect(text).not.toContain(cite(CARD));
    });

    it(`${script}: a consumer finance company's complaint cites the banking guideline only if it is a member`, () => {
      const text = composeComplaint(["nightCalls", "threats"], "consumer_finance", t, cite);
      expect(text).toContain(`${cite(CBA)}（${m.complaint.scopes.member}）`);
      expect(m.complaint.scopes.member).toBe(script === "zh-Hans" ? "对中国银行业协会会员机构适用" : "對中國銀行業協會會員機構適用");
      expect(text).toContain(cite(CFC));
      expect(text).not.toContain(cite(CARD));
    });

    it(`${script}: an unknown lender's complaint names whom each industry rule binds`, () => {
      const text = composeComplaint(["nightCalls"], "unknown", t, cite);
      expect(text).toContain(scoped(GBT, "online"));
      expect(text).toContain(scoped(CBA, "member"));
    });

    it(`${script}: an asset manager's night-calls item cites only the general privacy rule (no industry rule binds it)`, () => {
      const text = composeComplaint(["nightCalls"], "asset_manager", t, cite);
      expect(text).toContain(cite("civil-code-1033"));
      expect(text).not.toContain(cite(GBT));
    });

    it(`${script}: asserts in a complaint only the rules that always apply`, () => {
      const text = composeComplaint(["threats", "wouldNotLeave", "attemptedEntry"], "credit_card", t, cite);
      expect(text).toContain(cite("public-security-law-2025-50"));
      expect(text).not.toContain(cite("criminal-law-293-1"));
      expect(text).not.toContain(cite("criminal-law-245"));
    });

    it(`${script}: has words for every item, every industry rule it cites, every kind and every scope`, () => {
      for (const item of CHECK_ITEMS) {
        expect(m.items[item].label, item).toBeTruthy();
        expect(m.items[item].why, item).toBeTruthy();
        expect(m.items[item].complaint, item).toBeTruthy();
        const words = (m.items[item] as { rules?: Record<string, string> }).rules ?? {};
        expect(Object.keys(words).sort(), item).toEqual([...(CHECK_RULES[item].industry ?? [])].sort());
      }
      for (const scope of RULE_SCOPES) {
        expect(m.complaint.scopes[scope], scope).toBeTruthy();
        expect(m.scopes[scope], scope).toBeTruthy();
      }
      for (const kind of CHECK_KINDS) expect(m.kinds[kind], kind).toBeTruthy();
    });
  }

  it("is empty when nothing is ticked", () => {
    expect(composeComplaint([], "credit_card", translator("zh-Hans", "legalCheck"), () => "")).toBe("");
  });
});
