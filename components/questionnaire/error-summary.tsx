interface Props {
  title: string;
  items: { field: string; message: string }[];
}

/** Lists every problem at the top of the form, each linking to its field (as GOV.UK's error summary does). */
export function ErrorSummary({ title, items }: Props) {
  return (
    <div role="alert" aria-labelledby="error-summary-title" tabIndex={-1} className="rounded-md border-2 border-red-700 bg-red-50 p-4">
      <h2 id="error-summary-title" className="font-bold text-red-800">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.field}>
            <a href={`#field-${item.field}`} className="font-medium text-red-800 underline">
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
