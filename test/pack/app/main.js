// Plain JavaScript consumer: one import registers every element; the markup does the rest.
import '@uclg/widgets/define.js';

document.querySelector('#app').innerHTML = `
  <uclg-session-card id="card-en" src="/feed.json" session="inclusive-digitalization"></uclg-session-card>
  <uclg-session-card id="card-fr" src="/feed.json" session="healthy-territories" lang="fr"></uclg-session-card>
  <uclg-countdown id="countdown" src="/feed.json" session="inclusive-digitalization"
                  now="2021-05-18T10:00:00Z" format="short"></uclg-countdown>
  <uclg-guiding-questions id="questions" src="/feed.json" session="healthy-territories" lang="es"></uclg-guiding-questions>
  <uclg-agenda id="agenda" src="/feed.json" time-zone="Europe/Madrid"></uclg-agenda>
`;
