
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'agenda.empty': `No hay sesiones que mostrar.`,
'agenda.event-time': str`Hora del evento (${0})`,
'agenda.my-time': str`Mi hora (${0})`,
'agenda.next': `Siguiente`,
'agenda.switch': `Horas mostradas`,
'calendar.add': `Añadir al calendario`,
'calendar.ics': `Descargar (.ics, cualquier calendario)`,
'card.read-more': `Leer más`,
'card.show-less': `Mostrar menos`,
'card.your-time': str`${0} en su hora (${1})${2}`,
'console.crashed': `No se pudo mostrar, por un error de @uclg/widgets:`,
'console.feed-problems': str`Problemas en el programa (${0} los explica):`,
'console.inline-not-json': str`El programa escrito en la página no es JSON: ${0}`,
'console.load-failed': str`No se pudo cargar ${0}: ${1}`,
'countdown.cancelled': `Esta sesión ha sido cancelada.`,
'countdown.caption': `Empieza en`,
'countdown.ended': `La sesión ha terminado.`,
'countdown.hide-seconds': `Ocultar los segundos`,
'countdown.invalid': `La hora de inicio no es válida.`,
'countdown.postponed': `Esta sesión ha sido aplazada.`,
'countdown.started': `La sesión ha empezado.`,
'countdown.starts-in': str`Empieza en ${0}`,
'countdown.starts-relative': str`Empieza ${0}`,
'countdown.time-left': str`Quedan ${0}`,
'link.details': `Detalles`,
'link.recording': `Ver la grabación`,
'link.register': `Inscribirse`,
'link.stream': `Ver en directo`,
'questions.heading': `Preguntas orientadoras`,
'questions.show-all': str`Mostrar las ${0} preguntas`,
'questions.show-fewer': `Mostrar menos preguntas`,
'state.crashed': `No se ha podido mostrar el programa.`,
'state.invalid': `No se ha podido leer el programa.`,
'state.load-failed': `No se ha podido cargar el programa.`,
'state.loading': `Cargando…`,
'state.no-data': `No se ha proporcionado ningún programa a este widget.`,
'state.not-found': `Esta sesión no figura en el programa.`,
'state.retry': `Reintentar`,
'state.stale': str`Es posible que este programa no esté actualizado (guardado el ${0}).`,
'status.cancelled': `Cancelada`,
'status.ended': `Finalizada`,
'status.live': `En directo`,
'status.postponed': `Aplazada`,
'status.upcoming': `Próximamente`,
    };
  