// Free slots of a lab exercise in FullCalendar. Event times are Asia/Shanghai wall times and the calendar
// runs in "UTC" so they are shown exactly as sent, whatever the browser's own zone.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('slot-calendar');
  if (!element || typeof FullCalendar === 'undefined') {
    return;
  }
  var data = element.dataset;
  var calendar = new FullCalendar.Calendar(element, {
    initialView: 'timeGridWeek',
    initialDate: data.initialDate,
    timeZone: 'UTC',
    locale: data.locale,
    firstDay: 1,
    allDaySlot: false,
    slotMinTime: '07:00:00',
    slotMaxTime: '22:00:00',
    slotDuration: '00:30:00',
    height: 'auto',
    nowIndicator: false,
    headerToolbar: { left: 'prev,next today', center: 'title', right: 'timeGridWeek,timeGridDay,listWeek' },
    // The icon font of the arrows is a data: URL, which the Content-Security-Policy does not allow.
    buttonIcons: false,
    buttonText: { prev: data.previous, next: data.next, today: data.today, week: data.week, day: data.day, list: data.list },
    // Slots start every half hour and each lasts the whole exercise, so drawn at full length they overlap
    // into unreadable, unclickable slivers: show each as its half-hour start instead.
    eventDataTransform: function (event) { delete event.end; return event; },
    defaultTimedEventDuration: '00:30:00',
    displayEventEnd: false,
    // 24-hour times as on the list and the confirm page (English would otherwise show "2p").
    eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    noEventsText: data.empty,
    events: function (info, success, failure) {
      var url = data.events + (data.events.indexOf('?') < 0 ? '?' : '&') + 'start=' + info.startStr.substring(0, 10);
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
        .then(success)
        .catch(failure);
    },
    eventClassNames: ['slot-event'],
    // The whole title on hover, when the event is too narrow for it.
    eventDidMount: function (info) { info.el.title = info.event.title; }
  });
  calendar.render();
  var tab = document.getElementById('tab-calendar');
  if (tab) {
    tab.addEventListener('shown.bs.tab', function () { calendar.updateSize(); });
  }
});
