// The app shell: header, update banner and the routes (/, /study/<node id or all>, /drill[/<node id>], /stats[/<node id>], /card/<id>, /browse[/<node id>], /settings, /roadmaps, /export/<node id>); non-shell screens load lazily.
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { AppDataProvider, type AppData } from './data/app-data.tsx';
import { t } from './i18n.ts';
import { DrillShortcut } from './screens/home/drill-shortcut.tsx';
import { HomeScreen } from './screens/home/home-screen.tsx';
import { lazyScreen } from './update/lazy-screen.tsx';
import { OfflineReadyNote, UpdateBanner } from './update/update-banner.tsx';

// lazyScreen: after a deploy the old version's chunks are gone; a tap then offers the reload instead of failing.
// Study brings the session and the scheduler (ts-fsrs): it loads when a card is wanted, not before Home paints.
const StudyScreen = lazyScreen(() => import('./screens/study/study-screen.tsx').then((m) => m.StudyScreen));
const SettingsScreen = lazyScreen(() => import('./screens/settings/settings-screen.tsx').then((m) => m.SettingsScreen));
// The drill brings the quiz core with it: neither belongs in the shell a phone loads first.
const DrillScreen = lazyScreen(() => import('./screens/drill/drill-screen.tsx').then((m) => m.DrillScreen));
// Statistics and card info bring the stats core, their charts and strings: loaded when opened.
const StatsScreen = lazyScreen(() => import('./screens/stats/stats-screen.tsx').then((m) => m.StatsScreen));
// Browse brings the search, the windowed list and the card actions: loaded when opened.
const BrowseScreen = lazyScreen(() => import('./screens/browse/browse-screen.tsx').then((m) => m.BrowseScreen));
// Adding a roadmap brings its screen; the compiler itself loads in a Worker only when a file is chosen.
const RoadmapsScreen = lazyScreen(() => import('./screens/roadmaps/roadmaps-screen.tsx').then((m) => m.RoadmapsScreen));
// The Anki export brings sql.js (and its WASM) only when the learner taps export.
const ExportScreen = lazyScreen(() => import('./screens/export/export-screen.tsx').then((m) => m.ExportScreen));
const CardInfoScreen = lazyScreen(() => import('./screens/stats/card-info-screen.tsx').then((m) => m.CardInfoScreen));

function Header() {
  const { path } = useLocation();
  return (
    <header class="app-header">
      <a class="app-header__title" href="/">
        <img src="/icons/icon.svg" alt="" width={28} height={28} />
        <span>{t('appName')}</span>
      </a>
      <OfflineReadyNote />
      {path !== '/settings' && (
        <a class="app-header__link" href="/settings" aria-label={t('settings')}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path
              fill="currentColor"
              d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.3 7.3 0 0 0-1.7-1L15 3h-4l-.3 2.9a7.3 7.3 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.3 7.3 0 0 0 1.7 1L11 21h4l.3-2.9a7.3 7.3 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
              transform="translate(-1 0)"
            />
          </svg>
        </a>
      )}
    </header>
  );
}

export function App({ data }: { data: AppData }) {
  return (
    <AppDataProvider value={data}>
      <LocationProvider>
        <div class="app">
          <Header />
          <UpdateBanner />
          <main class="app-main">
            <ErrorBoundary>
              <Router>
                <Route path="/" component={HomeScreen} />
                <Route path="/study/:nodeId" component={StudyScreen} />
                <Route path="/drill" component={DrillShortcut} />
                <Route path="/drill/:nodeId" component={DrillScreen} />
                <Route path="/stats" component={StatsScreen} />
                <Route path="/stats/:nodeId" component={StatsScreen} />
                <Route path="/card/:cardId" component={CardInfoScreen} />
                <Route path="/browse" component={BrowseScreen} />
                <Route path="/browse/:nodeId" component={BrowseScreen} />
                <Route path="/settings" component={SettingsScreen} />
                <Route path="/roadmaps" component={RoadmapsScreen} />
                <Route path="/export/:nodeId" component={ExportScreen} />
                <Route default component={HomeScreen} />
              </Router>
            </ErrorBoundary>
          </main>
        </div>
      </LocationProvider>
    </AppDataProvider>
  );
}
