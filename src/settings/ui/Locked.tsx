// The note beside a setting the organisation's policy sets: the control is disabled and says who set it.
export function LockedNote({ by, id }: { by: string; id?: string }) {
  return (
    <p className="locked" id={id}>
      <span aria-hidden="true">🔒 </span>Set by {by}
    </p>
  );
}
