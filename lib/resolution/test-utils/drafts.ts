/** Small crafted drafts for tests. */
import { parseText } from "../parse";
import type { ResolutionDocument } from "../types";

/** A MUN draft with sub-clauses (a), b) and i., ii.) and co-signatories. */
export const NESTED_DRAFT = `**FORUM: Conseil de sécurité**

**QUESTION: La cybersécurité**

**SOUMIS PAR: France**

**CO-SIGNATAIRES: Chine, Royaume-Uni de Grande-Bretagne et d'Irlande du Nord, Brésil**

*Le Conseil de sécurité,*

*Rappelant* sa résolution 2722 (2024),

*Notant avec préoccupation* les cyberattaques¹,

1. *Décide* de créer un groupe de travail ;

2. *Demande* aux États :

a) de renforcer leurs capacités ;

b) de coopérer :

i. au niveau régional ;

ii. au niveau mondial ;

c) de rendre compte ;

3. *Prie* le Secrétaire général de faire rapport.

---

¹ Voir S/2024/1.
`;

export const ENGLISH_DRAFT = `# Security Council

Distr.: General
S/RES/2722 (2024)
10 January 2024

The Security Council,

*Recalling* its previous resolutions,

*Deeply concerned* by attacks on shipping,

1. *Condemns* in the strongest terms the attacks;

2. *Demands* that the attacks cease immediately:

(a) in the Red Sea;

(b) in the Gulf of Aden;

3. *Decides* to remain seized of the matter.
`;

export function parseDraft(text: string): ResolutionDocument {
  const result = parseText(text);
  if (!result.ok) throw new Error(result.error.code);
  if (result.document.kind !== "resolution") throw new Error("not a resolution");
  return result.document;
}
