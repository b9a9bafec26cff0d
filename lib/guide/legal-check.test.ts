import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { getSource, type SourceId } from "@/lib/sources";
import { citationLabel } from "./citations";
import {
  CHECK_ITEMS,
  CHECK_RULES,
  channelsFor,
  channelsForItem,
  checkQueryString,
  composeComplaint,
  parseCheckQuery,
  rulesFor,
  type CheckItem,
} from "./legal-check";

describe("legality checker mapping", () => {
  it("night calls break the online standard and the bank guideline; complain to 12378, NIFA for online lenders", () => {
    expect(CHECK_RULES.nightCalls.rules).toEqual(
      expect.arrayContaining(["gbt-45251-2025", "cba-consumer-loan-collection-2026"]),
    );
    expect(channelsForItem("nightCalls", "online")).toEqual(expect.arrayContaining(["nfra", "nifa"]));
    expect(channelsForItem("nightCalls", "bank")).toContain("nfra");
    expect(channelsForItem("nightCalls", "bank")).not.toContain("nifa");
    expect(channelsForItem("nightCalls", "cfc")).not.toContain("nifa");
  });

  it("too many calls: the 3-call online standard, the 6-unanswered-call guideline, privacy and harassment", () => {
    expect(CHECK_RULES.manyCalls.rules).toEqual([
      "gbt-45251-2025",
      "cba-consumer-loan-collection-2026",
      "civil-code-1033",
      "public-security-law-2025-50",
    ]);
  });

  it("third parties: the credit-card rule and the online standard", () => {
    expect(CHECK_RULES.thirdParties.rules).toEqual(["credit-card-measures-2011-68", "gbt-45251-2025"]);
  });

  it("threats go to the police under the public security law", () => {
    expect(CHECK_RULES.threats.rules[0]).toBe("public-security-law-2025-50");
    expect(channelsForItem("threats", "bank")[0]).toBe("police");
  });

  it("attempted entry: trespass and privacy of the home, call 110", () => {
    expect(CHECK_RULES.attemptedEntry.rules).toEqual(expect.arrayContaining(["criminal-law-245", "civil-code-1033"]));
    expect(channelsForItem("attemptedEntry", "cfc")[0]).toBe("police");
  });

  it("a visitor who would not leave: harassment and trespass, call 110", () => {
    expect(CHECK_RULES.wouldNotLeave.rules).toEqual(
      expect.arrayContaining(["public-security-law-2025-50", "criminal-law-245"]),
    );
    expect(channelsForItem("wouldNotLeave", "unknown")[0]).toBe("police");
  });

  it("fake court or police papers: forgery and impersonation, call 110 and check with the court", () => {
    expect(CHECK_RULES.fakePapers.rules).toEqual(expect.arrayContaining(["criminal-law-280", "criminal-law-279"]));
    expect(channelsForItem("fakePapers", "bank")).toEqual(["police", "nfra", "court"].sort(byPriority));
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
    expect(CHECK_RULES.infoPosted.rules).toContain("civil-code-1033");
    expect(channelsForItem("infoPosted", "bank")).toContain("legalAid");
  });

  it("every item cites at least one dated source and names at least one channel", () => {
    for (const item of CHECK_ITEMS) {
      const rule = CHECK_RULES[item];
      expect(rule.rules.length, item).toBeGreaterThan(0);
      expect(rule.channels.length, item).toBeGreaterThan(0);
      for (const id of rule.rules) expect(getSource(id)?.date, `${item} → ${id}`).toMatch(/^\d{4}/);
    }
  });

  it("collects the channels for several items in priority order, ending with free legal advice", () => {
    expect(channelsFor(["nightCalls", "threats"], "online")).toEqual(["police", "lender", "nfra", "nifa", "legalAid", "heimao"]);
    expect(channelsFor(["nightCalls"], "bank")).toEqual(["lender", "nfra", "legalAid", "heimao"]);
    expect(channelsFor([], "bank")).toEqual([]);
  });

  it("collects each rule once", () => {
    const rules = rulesFor(["nightCalls", "manyCalls"]);
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules[0]).toBe("gbt-45251-2025");
  });
});

const PRIORITY = ["police", "lender", "nfra", "nifa", "pboc", "court", "legalAid", "heimao"];
function byPriority(a: string, b: string) {
  return PRIORITY.indexOf(a) - PRIORITY.indexOf(b);
}

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
      const text = composeComplaint(["nightCalls", "attemptedEntry"], m.complaint, itemText, cite);
      expect(text).toContain(`1. ${m.items.nightCalls.complaint}`);
      expect(text).toContain(`2. ${m.items.attemptedEntry.complaint}`);
      expect(text).toContain(script === "zh-Hans" ? "《中华人民共和国刑法》第二百四十五条" : "《中華人民共和國刑法》第二百四十五條");
      expect(text).toContain("GB/T 45251");
      expect(text).toContain("【姓名】");
      expect(text).not.toContain("{");
    });

    it(`${script}: asserts in a complaint only the rules that always apply`, () => {
      const text = composeComplaint(["threats", "wouldNotLeave"], m.complaint, itemText, cite);
      expect(text).toContain(cite("public-security-law-2025-50"));
      expect(text).not.toContain(cite("criminal-law-293-1"));
      expect(text).not.toContain(cite("criminal-law-245"));
    });

    it(`${script}: has words for every item`, () => {
      for (const item of CHECK_ITEMS) {
        expect(m.items[item].label, item).toBeTruthy();
        expect(m.items[item].why, item).toBeTruthy();
        expect(m.items[item].complaint, item).toBeTruthy();
      }
    });
  }

  it("is empty when nothing is ticked", () => {
    const m = messagesFor("zh-Hans").legalCheck;
    expect(composeComplaint([], m.complaint, () => "", () => "")).toBe("");
  });
});
