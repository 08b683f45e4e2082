
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'agenda.empty': `Aucune session à afficher.`,
'agenda.event-time': str`Heure de l’événement (${0})`,
'agenda.my-time': str`Mon heure (${0})`,
'agenda.next': `Prochaine`,
'agenda.switch': `Heures affichées`,
'calendar.add': `Ajouter au calendrier`,
'calendar.ics': `Télécharger (.ics, tout calendrier)`,
'card.read-more': `Lire la suite`,
'card.show-less': `Afficher moins`,
'card.your-time': str`${0} à votre heure (${1})${2}`,
'console.crashed': `Affichage impossible, à cause d’un bogue dans @uclg/widgets :`,
'console.feed-problems': str`Problèmes dans le flux (${0} les explique) :`,
'console.inline-not-json': str`Le flux écrit dans la page n’est pas du JSON : ${0}`,
'console.load-failed': str`Impossible de charger ${0} : ${1}`,
'countdown.cancelled': `Cette session a été annulée.`,
'countdown.caption': `Commence dans`,
'countdown.ended': `La session est terminée.`,
'countdown.hide-seconds': `Masquer les secondes`,
'countdown.invalid': `L’heure de début n’est pas valide.`,
'countdown.postponed': `Cette session a été reportée.`,
'countdown.started': `La session a commencé.`,
'countdown.starts-in': str`Commence dans ${0}`,
'countdown.starts-relative': str`Commence ${0}`,
'countdown.time-left': str`Il reste ${0}`,
'link.details': `Détails`,
'link.recording': `Voir l’enregistrement`,
'link.register': `S’inscrire`,
'link.stream': `Regarder en direct`,
'questions.heading': `Questions directrices`,
'questions.show-all': str`Afficher les ${0} questions`,
'questions.show-fewer': `Afficher moins de questions`,
'state.crashed': `Le programme n’a pas pu être affiché.`,
'state.invalid': `Le programme n’a pas pu être lu.`,
'state.load-failed': `Le programme n’a pas pu être chargé.`,
'state.loading': `Chargement…`,
'state.no-data': `Aucun programme n’a été fourni à ce widget.`,
'state.not-found': `Cette session ne figure pas dans le programme.`,
'state.retry': `Réessayer`,
'state.stale': str`Ce programme n’est peut-être plus à jour (enregistré le ${0}).`,
'status.cancelled': `Annulée`,
'status.ended': `Terminée`,
'status.live': `En direct`,
'status.postponed': `Reportée`,
'status.upcoming': `À venir`,
    };
  