import {Component, CUSTOM_ELEMENTS_SCHEMA, signal} from '@angular/core';
import '@uclg/widgets/define.js'; // registers the elements and types their events
import type {SessionStatus} from '@uclg/widgets';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA], // <uclg-*> are custom elements, not Angular components
  template: `
    <uclg-session-card session="inclusive-digitalization" src="/feed.json"
      (uclg-status-change)="status.set($event.detail.newStatus)"></uclg-session-card>
    <p id="status">{{ status() }}</p>
  `,
})
export class App {
  readonly status = signal<SessionStatus | undefined>(undefined);
}
