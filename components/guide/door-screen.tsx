/**
 * The "someone is at my door" screen. Rendered to static HTML by a route handler (no framework
 * JavaScript, well under 20 KB), so it stays plain: no hooks, no Tailwind, a few lines of inline CSS.
 */

export interface DoorWords {
  siteName: string;
  homeLabel: string;
  switchLabel: string;
  title: string;
  lead: string;
  call110Title: string;
  call110Body: string;
  call110Button: string;
  stepsTitle: string;
  steps: readonly { title: string; body: string }[];
  sayTitle: string;
  sayText: string;
  notAllowedTitle: string;
  notAllowed: readonly string[];
  casesTitle: string;
  cases: readonly { title: string; body: string }[];
  citeTitle: string;
  nextTitle: string;
  offline: string;
  checked: string;
}

export interface DoorLink {
  href: string;
  label: string;
}

export interface DoorCitation {
  href: string;
  label: string;
  date: string;
}

interface Props {
  locale: string;
  words: DoorWords;
  homeHref: string;
  switchLink: DoorLink & { locale: string };
  alternates: readonly { locale: string; href: string }[];
  canonical: string;
  description: string;
  citations: readonly DoorCitation[];
  next: readonly DoorLink[];
  serviceWorker: { script: string; scopes: readonly string[] };
}

const CSS = `body{margin:0;font:17px/1.65 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#111;background:#fff}
html:lang(zh-Hant) body{font-family:system-ui,-apple-system,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC",sans-serif}
header{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:10px 16px;border-bottom:1px solid #d5ebe3}
header>a{color:#0f4033;font-weight:700;text-decoration:none}
nav a{display:inline-block;border:1px solid #1c6b55;border-radius:6px;padding:3px 10px;font-size:.9rem;text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:8px 16px 32px}
h1{font-size:1.5rem;line-height:1.3;color:#0f4033;margin:.6rem 0}
h2{font-size:1.15rem;line-height:1.4;margin:1.2rem 0 .4rem;color:#0f4033}
a{color:#155543}
ol,ul{padding-left:1.4rem;margin:.3rem 0}
li{margin:.4rem 0}
.lead{font-size:1.1rem;font-weight:700}
.sos{border:2px solid #b91c1c;background:#fef2f2;border-radius:8px;padding:4px 14px 12px}
.sos h2{color:#7f1d1d;margin-top:.5rem}
.call{display:block;text-align:center;background:#b91c1c;color:#fff;font-size:1.25rem;font-weight:700;padding:12px;border-radius:8px;text-decoration:none}
.say{background:#eef6f3;border-radius:8px;padding:10px 14px;margin:0}
.small{font-size:.85rem;color:#374151}
@media print{.call,nav{display:none}}`;

export function DoorScreen(props: Props) {
  const { locale, words, switchLink } = props;
  const registration = `if("serviceWorker"in navigator)addEventListener("load",function(){${JSON.stringify(props.serviceWorker.scopes)}.forEach(function(s){navigator.serviceWorker.register(${JSON.stringify(props.serviceWorker.script)},{scope:s}).catch(function(){})})})`;
  return (
    <html lang={locale}>
      {/* A whole document rendered to a string by a route handler, not an App Router page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1c6b55" />
        <meta name="format-detection" content="telephone=no" />
        <title>{`${words.title} · ${words.siteName}`}</title>
        <meta name="description" content={props.description} />
        <link rel="canonical" href={props.canonical} />
        {props.alternates.map((alt) => (
          <link key={alt.locale} rel="alternate" hrefLang={alt.locale} href={alt.href} />
        ))}
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <a href={props.homeHref} aria-label={words.homeLabel}>
            {words.siteName}
          </a>
          <nav aria-label={words.switchLabel}>
            <a href={switchLink.href} hrefLang={switchLink.locale} lang={switchLink.locale}>
              {switchLink.label}
            </a>
          </nav>
        </header>
        <main id="main">
          <h1>{words.title}</h1>
          <p className="lead">{words.lead}</p>
          <section className="sos" aria-labelledby="sos">
            <h2 id="sos">{words.call110Title}</h2>
            <p>{words.call110Body}</p>
            <a className="call" href="tel:110">
              {words.call110Button}
            </a>
          </section>
          <h2>{words.stepsTitle}</h2>
          <ol>
            {words.steps.map((step) => (
              <li key={step.title}>
                <strong>{step.title}</strong>：{step.body}
              </li>
            ))}
          </ol>
          <h2>{words.sayTitle}</h2>
          <p className="say">{words.sayText}</p>
          <h2>{words.notAllowedTitle}</h2>
          <ul>
            {words.notAllowed.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <h2>{words.casesTitle}</h2>
          {words.cases.map((item) => (
            <p key={item.title}>
              <strong>{item.title}</strong>
              <br />
              {item.body}
            </p>
          ))}
          <p className="small">
            {words.citeTitle}：
            {props.citations.map((c, i) => (
              <span key={c.href}>
                {i > 0 ? "；" : ""}
                <a href={c.href}>{c.label}</a>（<time dateTime={c.date}>{c.date}</time>）
              </span>
            ))}
          </p>
          <h2>{words.nextTitle}</h2>
          <ul>
            {props.next.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
          <p className="small">{words.offline}</p>
          <p className="small">{words.checked}</p>
        </main>
        <script dangerouslySetInnerHTML={{ __html: registration }} />
      </body>
    </html>
  );
}
