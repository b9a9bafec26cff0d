import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { LENDER_KINDS } from "@/lib/rules";
import { CHANNEL_IDS, CHANNELS, channelsForKind, KIND_NOTES, orderChannels } from "./channels";

describe("channelsForKind", () => {
  it("banks, credit cards and consumer finance companies: the lender, then 12378", () => {
    for (const kind of ["credit_card", "bank_loan", "consumer_finance"] as const) {
      expect(channelsForKind(kind)).toEqual({ ids: ["lender", "nfra"] });
    }
    expect(CHANNELS.nfra.tel).toBe("12378");
  });

  it("small-loan companies: the lender, then the provincial local financial regulator; not 12378", () => {
    const { ids, note } = channelsForKind("small_loan");
    expect(ids).toEqual(["lender", "localRegulator"]);
    expect(ids).not.toContain("nfra");
    expect(note).toBeUndefined();
    // No single national number for the local regulators.
    expect(CHANNELS.localRegulator.tel).toBeUndefined();
    expect(CHANNELS.localRegulator.cites).toContain("local-financial-regulator");
  });

  it("online platforms and matching brands: depends on the real lender in the contract, plus the NIFA tip-off", () => {
    for (const kind of ["online_platform", "matching_brand"] as const) {
      expect(channelsForKind(kind)).toEqual({ ids: ["lender", "nfra", "localRegulator", "nifa"], note: "realLender" });
    }
  });

  it("asset managers: 12378 or the local regulator, depending on who bought the debt", () => {
    expect(channelsForKind("asset_manager")).toEqual({ ids: ["lender", "nfra", "localRegulator"], note: "assetManager" });
  });

  it("unknown: every regulator, with a note", () => {
    expect(channelsForKind("unknown").note).toBe("unknown");
  });

  it("lists every kind in priority order, the lender first", () => {
    for (const kind of [...LENDER_KINDS, "unknown"] as const) {
      const { ids } = channelsForKind(kind);
      expect(ids[0], kind).toBe("lender");
      expect(orderChannels(ids), kind).toEqual(ids);
    }
  });

  it("has the harassing-calls centre and the court hotline", () => {
    expect(CHANNELS.harassment.tel).toBe("12321");
    expect(CHANNELS.court.tel).toBe("12368");
  });

  for (const script of ["zh-Hans", "zh-Hant"] as const) {
    it(`${script}: words for every channel and every kind note`, () => {
      const m = messagesFor(script).channels;
      for (const id of CHANNEL_IDS) {
        expect(m[id].name, id).toBeTruthy();
        expect(m[id].what, id).toBeTruthy();
      }
      for (const note of KIND_NOTES) expect(m.kindNote[note], note).toBeTruthy();
      expect(m.localRegulator.what).toMatch(/12378/);
      expect(m.harassment.name).toContain("12321");
      expect(m.court.name).toContain("12368");
    });
  }
});
