/** The audience entry that stands for the chair (events only the chair may see). */
export const CHAIR_AUDIENCE = "@chair";
