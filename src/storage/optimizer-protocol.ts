// Messages between the page and the optimizer Worker (types only: importing this loads nothing).
import type { OptimizationReport } from '../core/optimizer/plan.ts';

export type OptimizerRequest =
  /** `oneThread`: skip the thread pool (asked again after `no-pool`). */
  | { type: 'optimize'; dbName: string; oneThread?: boolean }
  /** null: back to the default weights. */
  | { type: 'apply'; dbName: string; parameters: number[] | null }
  | { type: 'csv'; dbName: string; now: number }
  /** Load the wasm and start the thread pool (the service worker keeps their files) without training: Settings asks so the optimizer works offline later. */
  | { type: 'warm' };

export type OptimizerStage = 'reading' | 'loading' | 'training-earlier' | 'training-all' | 'evaluating';
export const OPTIMIZER_STAGES: readonly OptimizerStage[] = ['reading', 'loading', 'training-earlier', 'training-all', 'evaluating'];
/** fsrs-rs (in fsrs-browser 5.2) trains for 5 epochs and logs each: what the progress bar counts within a training. */
export const TRAINING_EPOCHS = 5;

export type OptimizerMessage =
  /** `epoch`: epochs finished in a training stage (0–TRAINING_EPOCHS). */
  | { type: 'stage'; stage: OptimizerStage; epoch?: number }
  | { type: 'too-few'; itemCount: number; missing: number; minimum: number }
  /** `threads`: how many threads trained (1: this host does not isolate the page, or a single core). */
  | { type: 'done'; report: OptimizationReport; itemCount: number; heldOutCount: number; desiredRetention: number; threads: number }
  | { type: 'applying'; done: number; total: number }
  | { type: 'applied'; recomputed: number }
  | { type: 'csv'; text: string; fileName: string }
  | { type: 'warmed' }
  /** The thread pool did not start (a helper's file missing offline): this Worker is stuck, ask a new one for one thread. */
  | { type: 'no-pool' }
  | { type: 'failed'; message: string };
