/** A member's flag (served by the server as SVG: nothing added to the page's JavaScript). */
export function Flag({ code, className = "h-4 w-6" }: { code: string; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a static SVG from our server; next/image adds nothing here
    <img
      src={`/flags/${code}.svg`}
      alt=""
      aria-hidden="true"
      className={`inline-block rounded-[2px] object-cover shadow-[0_0_0_1px_rgba(0,0,0,0.15)] ${className}`}
    />
  );
}
