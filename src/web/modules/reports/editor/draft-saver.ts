import type { ReportData } from '../../../../domain/reports/report-data';
import { ApiError } from '../../../lib/api';
import { type SavedDraft, saveDraft } from '../api-editor';
import { timing } from './timing';

/** Someone else saved the draft after the revision this browser started from. */
export interface Conflict {
  currentRevision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type SaveStatus =
  | { state: 'saved'; savedAt: string | null }
  /** Changed, waiting for the typing to pause. */
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; error: unknown }
  | { state: 'conflict'; conflict: Conflict };

function conflictOf(error: ApiError): Conflict {
  const details = (error.details ?? {}) as Record<string, unknown>;
  return {
    currentRevision: typeof details.currentRevision === 'number' ? details.currentRevision : 0,
    updatedAt: typeof details.updatedAt === 'string' ? details.updatedAt : null,
    updatedBy: typeof details.updatedBy === 'string' ? details.updatedBy : null,
  };
}

/**
 * Saves the draft a moment after the last change, one request at a time, naming the revision it
 * started from. A 409 stops saving until the person chooses; a failure keeps the data and says so.
 * Nothing typed is dropped: the latest data stays here until the server has acknowledged it.
 */
export class DraftSaver {
  private status: SaveStatus;
  private readonly listeners = new Set<() => void>();
  private latest: ReportData;
  private saved: ReportData;
  private timer: number | undefined;
  private running: Promise<boolean> | null = null;
  private conflict: Conflict | null = null;
  private closed = false;
  revision: number;

  constructor(
    private readonly id: string,
    data: ReportData,
    revision: number,
    savedAt: string | null,
    private readonly onSaved: (data: ReportData, saved: SavedDraft) => void,
  ) {
    this.latest = data;
    this.saved = data;
    this.revision = revision;
    this.status = { state: 'saved', savedAt };
  }

  // A small store (useSyncExternalStore): only the components that show the status redraw when
  // it changes, not the whole editor.
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getStatus = () => this.status;

  private onStatus(status: SaveStatus) {
    const same =
      status.state === this.status.state && (status.state === 'pending' || status.state === 'saving');
    if (same) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  /** The data on screen changed. */
  edit(data: ReportData) {
    this.latest = data;
    if (this.closed || this.conflict) return;
    if (data === this.saved && !this.running) return;
    this.onStatus({ state: 'pending' });
    this.schedule();
  }

  private schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.save(), timing.saveMs);
  }

  /** The data on screen, as last reported. */
  get current() {
    return this.latest;
  }

  get hasUnsaved() {
    return this.latest !== this.saved;
  }

  /**
   * Saves now (leaving a section, submitting, "retry"). `overwrite`: the revision the server
   * reported in a conflict, to replace the other person's save on purpose. Resolves true when
   * what is on screen is saved.
   */
  async save(overwrite?: number): Promise<boolean> {
    window.clearTimeout(this.timer);
    while (this.running) await this.running;
    if (this.closed || (this.conflict && overwrite === undefined)) return false;
    if (this.latest === this.saved && overwrite === undefined) return true;
    const sending = this.latest;
    this.onStatus({ state: 'saving' });
    this.running = this.send(sending, overwrite ?? this.revision);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async send(sending: ReportData, revision: number): Promise<boolean> {
    try {
      const result = await saveDraft(this.id, { revision, data: sending });
      this.revision = result.revision;
      this.saved = sending;
      this.conflict = null;
      this.onSaved(sending, result);
      if (this.latest !== sending && !this.closed) {
        this.onStatus({ state: 'pending' });
        this.schedule();
        return false;
      }
      this.onStatus({ state: 'saved', savedAt: result.savedAt });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this.conflict = conflictOf(error);
        this.onStatus({ state: 'conflict', conflict: this.conflict });
      } else {
        this.onStatus({ state: 'failed', error });
      }
      return false;
    }
  }

  /** "Keep mine": saves over the other person's revision, on purpose. */
  overwrite() {
    return this.conflict ? this.save(this.conflict.currentRevision) : Promise.resolve(false);
  }

  /** The other person's version becomes the working copy ("load their version"). */
  replace(data: ReportData, revision: number, savedAt: string | null) {
    window.clearTimeout(this.timer);
    this.latest = data;
    this.saved = data;
    this.revision = revision;
    this.conflict = null;
    this.onStatus({ state: 'saved', savedAt });
  }

  /** Leaving the editor for another page of the application: unsaved data is sent at once. */
  leave() {
    if (!this.closed && !this.conflict && this.hasUnsaved) void this.save();
    else window.clearTimeout(this.timer);
  }

  /** (Re)mounted: React's development mode unmounts and mounts again once. */
  open() {
    this.closed = false;
  }

  /** Submitted or discarded: no more saves. */
  close() {
    window.clearTimeout(this.timer);
    this.closed = true;
  }
}
