// The app's English messages, one file per namespace (so that work on different surfaces touches different files).
// A new namespace: add its file here, one import and one entry, in alphabetical order.
import access from "./access.json" with { type: "json" };
import amendment from "./amendment.json" with { type: "json" };
import app from "./app.json" with { type: "json" };
import ballot from "./ballot.json" with { type: "json" };
import chair from "./chair.json" with { type: "json" };
import composition from "./composition.json" with { type: "json" };
import countries from "./countries.json" with { type: "json" };
import connection from "./connection.json" with { type: "json" };
import console from "./console.json" with { type: "json" };
import create from "./create.json" with { type: "json" };
import delegate from "./delegate.json" with { type: "json" };
import document from "./document.json" with { type: "json" };
import drafts from "./drafts.json" with { type: "json" };
import errors from "./errors.json" with { type: "json" };
import home from "./home.json" with { type: "json" };
import join from "./join.json" with { type: "json" };
import keyRules from "./keyRules.json" with { type: "json" };
import language from "./language.json" with { type: "json" };
import library from "./library.json" with { type: "json" };
import links from "./links.json" with { type: "json" };
import minutes from "./minutes.json" with { type: "json" };
import mySessions from "./mySessions.json" with { type: "json" };
import observer from "./observer.json" with { type: "json" };
import papers from "./papers.json" with { type: "json" };
import phone from "./phone.json" with { type: "json" };
import projector from "./projector.json" with { type: "json" };
import replay from "./replay.json" with { type: "json" };
import screen from "./screen.json" with { type: "json" };
import session from "./session.json" with { type: "json" };
import setup from "./setup.json" with { type: "json" };
import voting from "./voting.json" with { type: "json" };

const messages = {
  access,
  amendment,
  app,
  ballot,
  chair,
  composition,
  connection,
  console,
  countries,
  create,
  delegate,
  document,
  drafts,
  errors,
  home,
  join,
  keyRules,
  language,
  library,
  links,
  minutes,
  mySessions,
  observer,
  papers,
  phone,
  projector,
  replay,
  screen,
  session,
  setup,
  voting,
};

export default messages;
