// Optional: shows each <time datetime> in the reader's own time zone. Pages are complete without it
// (they show UTC), and it is an external deferred file so a strict Content-Security-Policy can allow it.
(function () {
    'use strict';
    var format;
    try {
        format = new Intl.DateTimeFormat(undefined, {
            year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
        });
    } catch (e) {
        return;
    }
    var times = document.querySelectorAll('time[datetime]');
    for (var i = 0; i < times.length; i++) {
        var element = times[i];
        var value = new Date(element.getAttribute('datetime'));
        if (!isNaN(value.getTime())) {
            element.title = element.textContent;
            element.textContent = format.format(value);
        }
    }
})();
