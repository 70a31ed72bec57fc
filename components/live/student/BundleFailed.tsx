import type { StudentUi } from "./student-labels";

/** The quiz's texts could not be loaded (the network): says so, with "Try again". */
export function BundleFailed({
  ui,
  retry,
  className = "",
}: {
  ui: StudentUi;
  retry: () => void;
  className?: string;
}) {
  return (
    <div role="alert" className={`rounded-lg border-2 border-note p-4 ${className}`}>
      <p>{ui.quiz.loadFailed}</p>
      <button type="button" className="btn btn-secondary mt-3" onClick={retry}>
        {ui.quiz.tryAgain}
      </button>
    </div>
  );
}
