// Entry of the app shell: mounts the Preact app.
import { render } from 'preact';

function App() {
  return <main><h1>Roadcards</h1><p>Decks compiled; the review app arrives with the next issue.</p></main>;
}

render(<App />, document.getElementById('app')!);
