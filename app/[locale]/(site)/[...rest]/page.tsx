import { notFound } from "next/navigation";

// Any unknown path under a locale gets the localized 404 (with status 404).
export default function UnknownPage() {
  notFound();
}
