/** A labelled progress bar, 0–100 %. */
export function ProgressBar(props: { label: string; percent: number }) {
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={props.label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow={props.percent}
    >
      <div class="progress-fill" style={{ width: `${props.percent}%` }} />
    </div>
  );
}
