type IssueListProps = {
  /** What the list stops, as a heading: "Before you can generate:", "Nothing was sent:". */
  title: string;
  issues: readonly string[];
  id?: string;
  /** Announce it as it appears (a refusal after a click), rather than describe a control. */
  alert?: boolean;
};

/** The reasons something cannot be done, as a titled list; nothing when there are none. */
export function IssueList({ title, issues, id, alert = false }: IssueListProps) {
  if (issues.length === 0) return null;
  return (
    <div id={id} role={alert ? 'alert' : undefined} className="run-issues">
      <p className="run-issues-title">{title}</p>
      <ul>
        {issues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </ul>
    </div>
  );
}
