import type { Answers } from "./schema";

/** The answers as URL query parameters, keys in a fixed order, optional keys only when present. */
export function answersToSearchParams(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  params.set("lender", answers.lender);
  params.set("days", String(answers.days));
  params.set("amount", String(answers.amount));
  params.set("contact", answers.contact);
  if (answers.region !== undefined) params.set("region", answers.region);
  if (answers.history !== undefined) params.set("history", answers.history);
  if (answers.partial === true) params.set("partial", "1");
  return params;
}

/** Short readable query string without the leading "?", e.g. "lender=haier&days=45&amount=20000&contact=ignoring". */
export function serializeAnswers(answers: Answers): string {
  return answersToSearchParams(answers).toString();
}
