import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { getSource, type SourceId } from "@/lib/sources";
import { citationLabel } from "./citations";
import {
  allCheckRules,
  CHECK_ITEMS,
  CHECK_RULES,
  channelsFor,
  channelsForItem,
  checkQueryString,
  complaintRulesFor,
  composeComplaint,
  industryRulesFor,
  itemRulesFor,
  KNOWN_KINDS,
  kindsWithRules,
  LENDER_KINDS,
  parseCheckQuery,
  RULE_SCOPES,
  rulesFor,
  type CheckItem,
} from "./legal-check";

const ONLINE_RULES: SourceId[] = ["gbt-45251-2025", "nifa-collection-guideline-2024"];
const CBA: SourceId = "cba-consumer-loan-collection-2026";

describe("legality checker mapping", () => {
  it("online lenders: the recommended standard and the internet finance guideline, never the banking association's", () => {
    for (const item of CHECK_ITEMS) {
      const rules = itemRulesFor(item, "online");
      expect(rules, item).not.toContain(CBA);
      expect(rules, item).not.toContain("credit-card-measures-2011-68");
      expect(rules, item).not.toContain("cfc-measures-2024");
    }
    expect(itemRulesFor("nightCalls", "online")).toEqual(ONLINE_RULES);
    expect(itemRulesFor("manyCalls", "online")).toEqual(["civil-code-1033", "public-security-law-2025-50", "gbt-45251-2025"]);
    expect(itemRulesFor("thirdParties", "online")).toEqual(["gbt-45251-2025"]);
    expect(itemRulesFor("infoPosted", "online")).toEqual(["civil-code-1033", "gbt-45251-2025"]);
  });

  it("banks: the banking association guideline, the credit-card rule for cards; never the online-lending rules", () => {
    for (const item of CHECK_ITEMS) {
      const rules = itemRulesFor(item, "bank");
      for (const id of ONLINE_RULES) expect(rules, item).not.toContain(id);
      expect(rules, item).not.toContain("cfc-measures-2024");
    }
    expect(itemRulesFor("nightCalls", "bank")).toEqual([CBA]);
    expect(itemRulesFor("manyCalls", "bank")).toEqual(["civil-code-1033", "public-security-law-2025-50", CBA]);
    expect(industryRulesFor("thirdParties", "bank")).toEqual([{ id: "credit-card-measures-2011-68", scope: "card" }]);
    expect(itemRulesFor("fakePapers", "bank")).toEqual(["criminal-law-280", "criminal-law-279", CBA]);
  });

  it("consumer finance companies: the banking association guideline only if a member, their own measures, no card or online rules", () => {
    for (const item of CHECK_ITEMS) {
      const rules = itemRulesFor(item, "cfc");
      for (const id of ONLINE_RULES) expect(rules, item).not.toContain(id);
      expect(rules, item).not.toContain("credit-card-measures-2011-68");
      for (const rule of industryRulesFor(item, "cfc")) {
        if (rule.id === CBA) expect(rule.scope, item).toBe("member");
      }
    }
    expect(industryRulesFor("nightCalls", "cfc")).toEqual([{ id: CBA, scope: "member" }]);
    expect(itemRulesFor("thirdParties", "cfc")).toEqual([]);
    expect(itemRulesFor("threats", "cfc")).toEqual(["public-security-law-2025-50", "criminal-law-293-1", "cfc-measures-2024"]);
  });

  it("unknown lender: every kind's rules, each marked with whom it binds", () => {
    expect(industryRulesFor("nightCalls", "unknown")).toEqual([
      { id: "gbt-45251-2025", scope: "online" },
      { id: "nifa-collection-guideline-2024", scope: "online" },
      { id: CBA, scope: "member" },
    ]);
    expect(industryRulesFor("thirdParties", "unknown")).toEqual([
      { id: "gbt-45251-2025", scope: "online" },
      { id: "credit-card-measures-2011-68", scope: "card" },
    ]);
    expect(industryRulesFor("threats", "unknown")).toEqual([{ id: "cfc-measures-2024", scope: "cfc" }]);
    for (const item of CHECK_ITEMS) {
      for (const rule of industryRulesFor(item, "unknown")) expect(rule.scope, `${item} → ${rule.id}`).toBeDefined();
    }
  });

  it("laws that bind everyone stay for every kind of lender", () => {
    for (const kind of LENDER_KINDS) {
      expect(itemRulesFor("manyCalls", kind)).toEqual(expect.arrayContaining(["civil-code-1033", "public-security-law-2025-50"]));
      expect(itemRulesFor("threats", kind)).toEqual(expect.arrayContaining(["public-security-law-2025-50", "criminal-law-293-1"]));
      expect(itemRulesFor("attemptedEntry", kind)).toEqual(expect.arrayContaining(["criminal-law-245", "civil-code-1033"]));
      expect(itemRulesFor("fakePapers", kind)).toEqual(expect.arrayContaining(["criminal-law-280", "criminal-law-279"]));
      expect(itemRulesFor("infoPosted", kind)).toContain("civil-code-1033");
    }
  });

  it("a visitor who would not leave: only the public security law and trespass, for every kind; call 110", () => {
    for (const kind of LENDER_KINDS) {
      expect(itemRulesFor("wouldNotLeave", kind)).toEqual(["public-security-law-2025-50", "criminal-law-245"]);
      expect(complaintRulesFor("wouldNotLeave", kind)).toEqual([{ id: "public-security-law-2025-50" }]);
    }
    expect(channelsForItem("wouldNotLeave", "unknown")[0]).toBe("police");
  });

  it("night calls: complain to 12378, NIFA only for online lenders", () => {
    expect(channelsForItem("nightCalls", "online")).toEqual(expect.arrayContaining(["nfra", "nifa"]));
    expect(channelsForItem("nightCalls", "bank")).toContain("nfra");
    expect(channelsForItem("nightCalls", "bank")).not.toContain("nifa");
    expect(channelsForItem("nightCalls", "cfc")).not.toContain("nifa");
  });

  it("threats go to the police under the public security law", () => {
    expect(CHECK_RULES.threats.rules[0]).toBe("public-security-law-2025-50");
    expect(channelsForItem("threats", "bank")[0]).toBe("police");
  });

  it("attempted entry: call 110", () => {
    expect(channelsForItem("attemptedEntry", "cfc")[0]).toBe("police");
  });

  it("fake court or police papers: call 110, then the regulator", () => {
    expect(channelsForItem("fakePapers", "bank")).toEqual(["police", "nfra"]);
  });

  it("payment to a personal account is a scam: 110 and the lender's official hotline, not a regulator", () => {
    expect(channelsForItem("personalAccount", "online")).toEqual(["police", "lender"]);
    expect(CHECK_RULES.personalAccount.rules).toEqual(["beijing-fake-collectors-2026-03"]);
  });

  it("a credit record reported without notice goes to the PBOC hotline", () => {
    expect(CHECK_RULES.noNotice.rules).toContain("credit-reporting-reg-15");
    expect(channelsForItem("noNotice", "bank")).toEqual(["lender", "pboc"]);
  });

  it("personal information made public: privacy, legal advice", () => {
    expect(channelsForItem("infoPosted", "bank")).toContain("legalAid");
  });

  it("every item cites a dated source for an unknown lender and names at least one channel", () => {
    for (const item of CHECK_ITEMS) {
      const rules = itemRulesFor(item, "unknown");
      expect(rules.length, item).toBeGreaterThan(0);
      expect(CHECK_RULES[item].channels.length, item).toBeGreaterThan(0);
      for (const id of rules) expect(getSource(id)?.date, `${item} → ${id}`).toMatch(/^\d{4}/);
    }
  });

  it("collects the channels for several items in priority order, ending with free legal advice", () => {
    expect(channelsFor(["nightCalls", "threats"], "online")).toEqual(["police", "lender", "nfra", "nifa", "legalAid", "heimao"]);
    expect(channelsFor(["nightCalls"], "bank")).toEqual(["lender", "nfra", "legalAid", "heimao"]);
    expect(channelsFor([], "bank")).toEqual([]);
  });

  it("collects each rule once", () => {
    const rules = rulesFor(["nightCalls", "manyCalls"], "online");
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules[0]).toBe("gbt-45251-2025");
    expect(allCheckRules()).toEqual(expect.arrayContaining([CBA, "cfc-measures-2024", "credit-card-measures-2011-68", ...ONLINE_RULES]));
  });
});

describe("parseCheckQuery", () => {
  it("reads ticked items in checklist order and the lender kind", () => {
    expect(parseCheckQuery({ i: ["threats", "nightCalls", "threats", "nonsense"], k: "bank" })).toEqual({
      items: ["nightCalls", "threats"],
      kind: "bank",
      submitted: true,
    });
  });

  it("defaults to an unknown lender and knows when nothing was sent", () => {
    expect(parseCheckQuery({})).toEqual({ items: [], kind: "unknown", submitted: false });
    expect(parseCheckQuery({ i: "manyCalls" })).toEqual({ items: ["manyCalls"], kind: "unknown", submitted: true });
    expect(parseCheckQuery({ k: "martian" }).kind).toBe("unknown");
  });

  it("round-trips through the query string", () => {
    const query = checkQueryString(["manyCalls", "noNotice"], "cfc");
    expect(query).toBe("i=manyCalls&i=noNotice&k=cfc");
    const params = new URLSearchParams(query);
    expect(parseCheckQuery({ i: params.getAll("i"), k: params.get("k") ?? undefined }).items).toEqual(["manyCalls", "noNotice"]);
  });
});

describe("composeComplaint", () => {
  for (const script of ["zh-Hans", "zh-Hant"] as const) {
    const m = messagesFor(script).legalCheck;
    const itemText = (item: CheckItem) => m.items[item].complaint;
    const cite = (id: SourceId) => {
      const source = getSource(id);
      return source ? citationLabel(source, script) : id;
    };

    it(`${script}: numbers each ticked item with its citations and leaves blanks for personal details`, () => {
      const text = composeComplaint(["nightCalls", "attemptedEntry"], "online", m.complaint, itemText, cite);
      expect(text).toContain(`1. ${m.items.nightCalls.complaint}`);
      expect(text).toContain(`2. ${m.items.attemptedEntry.complaint}`);
      expect(text).toContain(script === "zh-Hans" ? "《中华人民共和国刑法》第二百四十五条" : "《中華人民共和國刑法》第二百四十五條");
      expect(text).toContain("GB/T 45251");
      expect(text).toContain("【姓名】");
      expect(text).not.toContain("{");
    });

    it(`${script}: a bank's complaint cites the banking association guideline, not the online-lending rules`, () => {
      const text = composeComplaint(["nightCalls", "manyCalls", "infoPosted"], "bank", m.complaint, itemText, cite);
      expect(text).toContain(cite(CBA));
      expect(text).not.toContain("GB/T 45251");
      expect(text).not.toContain(cite("nifa-collection-guideline-2024"));
    });

    it(`${script}: a bank's third-party complaint cites the credit-card rule as applying to cards`, () => {
      const text = composeComplaint(["thirdParties"], "bank", m.complaint, itemText, cite);
      expect(text).toContain(`${cite("credit-card-measures-2011-68")}（${m.complaint.scopes.card}）`);
      expect(text).not.toContain("GB/T 45251");
    });

    it(`${script}: a consumer finance company's complaint cites the banking guideline only if it is a member`, () => {
      const text = composeComplaint(["nightCalls", "thirdParties", "threats"], "cfc", m.complaint, itemText, cite);
      expect(text).toContain(`${cite(CBA)}（${m.complaint.scopes.member}）`);
      expect(text).toContain(cite("cfc-measures-2024"));
      expect(text).not.toContain(cite("credit-card-measures-2011-68"));
      expect(text).not.toContain("GB/T 45251");
      expect(text).toContain(`2. ${m.items.thirdParties.complaint}\n`); // nothing verified to cite
    });

    it(`${script}: an online lender's complaint cites the online rules, not the banking association's`, () => {
      const text = composeComplaint(CHECK_ITEMS, "online", m.complaint, itemText, cite);
      expect(text).toContain(cite("nifa-collection-guideline-2024"));
      expect(text).not.toContain(cite(CBA));
      expect(text).not.toContain(cite("credit-card-measures-2011-68"));
    });

    it(`${script}: an unknown lender's complaint names whom each industry rule binds`, () => {
      const text = composeComplaint(["nightCalls"], "unknown", m.complaint, itemText, cite);
      expect(text).toContain(`${cite("gbt-45251-2025")}（${m.complaint.scopes.online}）`);
      expect(text).toContain(`${cite(CBA)}（${m.complaint.scopes.member}）`);
    });

    it(`${script}: asserts in a complaint only the rules that always apply`, () => {
      const text = composeComplaint(["threats", "wouldNotLeave"], "bank", m.complaint, itemText, cite);
      expect(text).toContain(cite("public-security-law-2025-50"));
      expect(text).not.toContain(cite("criminal-law-293-1"));
      expect(text).not.toContain(cite("criminal-law-245"));
      expect(text).not.toContain(cite(CBA));
    });

    it(`${script}: has words for every item, every kind with its own rules and every scope`, () => {
      for (const item of CHECK_ITEMS) {
        expect(m.items[item].label, item).toBeTruthy();
        expect(m.items[item].why, item).toBeTruthy();
        expect(m.items[item].complaint, item).toBeTruthy();
        const byKind = (m.items[item] as { byKind?: Record<string, string> }).byKind ?? {};
        expect(Object.keys(byKind).sort(), item).toEqual([...kindsWithRules(item)].sort());
        for (const kind of KNOWN_KINDS) if (byKind[kind]) expect(byKind[kind], `${item}.${kind}`).toMatch(/：/);
      }
      for (const scope of RULE_SCOPES) expect(m.complaint.scopes[scope], scope).toBeTruthy();
    });
  }

  it("is empty when nothing is ticked", () => {
    const m = messagesFor("zh-Hans").legalCheck;
    expect(composeComplaint([], "bank", m.complaint, () => "", () => "")).toBe("");
  });
});
