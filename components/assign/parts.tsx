import { useId } from "react";

/** What went wrong, as a sentence in the reader's language (an alert: it is read out once). */
export function Problem({ text, testId }: { text: string | null | undefined; testId?: string }) {
  if (!text) return null;
  return (
    <p role="alert" className="font-semibold text-bad" data-testid={testId}>
      {text}
    </p>
  );
}

/** One labelled text box and its button, in a form that Enter submits (the join code, a receipt). */
export function FieldForm({
  label,
  value,
  onChange,
  button,
  onSubmit,
  inputClassName,
  numeric = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  button: string;
  onSubmit: () => void;
  inputClassName: string;
  numeric?: boolean;
}) {
  const id = useId();
  return (
    <form
      className="no-print flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <span className="flex flex-col">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        <input
          id={id}
          autoComplete="off"
          inputMode={numeric ? "numeric" : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`mt-1 min-h-11 rounded-md border-2 border-border bg-bg px-3 ${inputClassName}`}
        />
      </span>
      <button type="submit" className="btn btn-primary">
        {button}
      </button>
    </form>
  );
}
