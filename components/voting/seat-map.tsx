"use client";

import { useTranslations } from "next-intl";
import { alphabeticalOrder } from "@/lib/procedure/members";
import type { Ballot } from "@/lib/procedure/state";
import { useMemberName } from "../ui/use-member-name";

const FILL: Record<string, string> = {
  yes: "#047857",
  no: "#b91c1c",
  abstain: "#d97706",
  pass: "#0284c7",
  none: "#e2e8f0",
};

interface Props {
  members: string[];
  permanentMembers: string[];
  /** Per-member ballots (recorded and roll-call votes); null for a show of hands: seats stay empty. */
  ballots: Record<string, Ballot> | null;
  size?: "normal" | "large";
}

/** Seats in English alphabetical order on a hemicycle, each filling with its delegation's vote. */
export function SeatMap({ members, permanentMembers, ballots, size = "normal" }: Props) {
  const t = useTranslations("voting");
  const name = useMemberName();
  const ordered = alphabeticalOrder(members);
  const seats = layout(ordered.length);
  const small = ordered.length > 40;
  const r = small ? 1.6 : 4.2;
  return (
    <figure className="w-full">
      <svg
        viewBox="-52 -50 104 56"
        role="img"
        aria-label={t("seatMapLabel", { count: ordered.length })}
        className={size === "large" ? "w-full" : "w-full max-w-xl"}
      >
        {ordered.map((member, i) => {
          const { x, y } = seats[i]!;
          const choice = ballots?.[member]?.choice ?? "none";
          const permanent = permanentMembers.includes(member);
          return (
            <g key={member} data-seat={member} data-choice={choice}>
              <title>{`${name(member)} — ${choice === "none" ? t("notVoted") : t(`choice.${choice}`)}`}</title>
              <circle
                cx={x}
                cy={y}
                r={r}
                fill={FILL[choice]}
                stroke={permanent ? "#0a3552" : "#94a3b8"}
                strokeWidth={permanent ? (small ? 0.6 : 1.1) : 0.25}
              />
              {!small && (
                <text
                  x={x}
                  y={y + 1}
                  textAnchor="middle"
                  fontSize="2.6"
                  fontWeight="700"
                  fill={choice === "none" ? "#0a3552" : "#fff"}
                  fontFamily="system-ui, sans-serif"
                >
                  {member}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm">
        {(["yes", "no", "abstain", "pass", "none"] as const).map((c) => (
          <span key={c} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ background: FILL[c] }} />
            {c === "none" ? t("notVoted") : t(`choice.${c}`)}
          </span>
        ))}
        {permanentMembers.length > 0 && (
          <span className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full border-2 border-un-900" />
            {t("permanentMember")}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** Seat centres on concentric half-circles, outer rows holding more seats. */
function layout(n: number): Array<{ x: number; y: number }> {
  const rows = n <= 20 ? 1 : Math.ceil(n / 28);
  const radii = Array.from({ length: rows }, (_, i) => (rows === 1 ? 40 : 20 + (28 * i) / (rows - 1)));
  const total = radii.reduce((a, b) => a + b, 0);
  const perRow = radii.map((rad) => Math.round((n * rad) / total));
  perRow[rows - 1]! += n - perRow.reduce((a, b) => a + b, 0);
  const seats: Array<{ x: number; y: number; angle: number }> = [];
  radii.forEach((rad, row) => {
    const count = perRow[row]!;
    for (let k = 0; k < count; k++) {
      const angle = Math.PI - (count === 1 ? Math.PI / 2 : (Math.PI * k) / (count - 1));
      seats.push({ x: rad * Math.cos(angle), y: -rad * Math.sin(angle), angle });
    }
  });
  // Left to right across the rows, so alphabetical order reads like a hemicycle.
  return seats.sort((a, b) => b.angle - a.angle || a.y - b.y);
}
