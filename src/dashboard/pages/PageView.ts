// What every dashboard page gives the app: its title, its content, and how to stop its work
// (live updates) when the teacher leaves it.
import type { Route } from '../Route';

export interface PageView {
  title: string;
  element: HTMLElement;
  dispose?: () => void;
}

export interface PageContext {
  /** Goes to another page. */
  go: (route: Route) => void;
  /** Tells the app that the teacher logged in or out. */
  sessionChanged: () => Promise<void>;
}
