import { render } from "preact";

function Popup() {
  return <main>CSP Portal Guide</main>;
}

render(<Popup />, document.getElementById("app")!);
