// The lab page: asks for a one-time connect token, joins guacamole-common-js to the remote tunnel with it,
// scales the remote display into its area, passes keyboard, mouse and clipboard text, shows the connection
// state, warns before the booking ends, and says why the server closed the session. Texts come from the page's
// data-msg-* attributes (messages.properties), so nothing here is in one language.
// With data-mode="view" (staff watching a session read-only) it sends no keyboard, mouse or clipboard input
// and asks for an observe token instead; the server drops an observer's input anyway.
(function () {
  'use strict';

  var root = document.getElementById('lab-session');
  if (!root || typeof Guacamole === 'undefined') {
    return;
  }
  var data = root.dataset;
  var area = document.getElementById('display-area');
  var stateBadge = document.getElementById('connection-state');
  var reconnectButton = document.getElementById('reconnect');
  var endButton = document.getElementById('end-session');
  var banner = document.getElementById('countdown-banner');
  var endedBox = document.getElementById('session-ended');
  var endedText = document.getElementById('session-ended-text');
  var clipboardBox = document.getElementById('clipboard');
  var observerBanner = document.getElementById('observer-banner');
  var viewOnly = data.mode === 'view';

  var client = null;
  var keyboard = null;
  var userEnded = false;
  var lastReason = null;
  var bookingOver = false;
  var secondsLeft = null;

  var STATES = ['msgIdle', 'msgConnecting', 'msgWaiting', 'msgConnected', 'msgDisconnecting', 'msgDisconnected'];
  var BADGES = ['text-bg-secondary', 'text-bg-info', 'text-bg-info', 'text-bg-success', 'text-bg-secondary', 'text-bg-secondary'];

  function showState(state) {
    stateBadge.textContent = data[STATES[state]] || '';
    stateBadge.className = 'badge ' + BADGES[state];
    root.setAttribute('data-state', String(state));
  }

  // The server closes the tunnel with "<Guacamole status> <reason code>"; guacd's own errors carry only a status.
  function reasonOf(status) {
    var text = status && status.message ? String(status.message) : '';
    var parts = text.split(' ');
    if (parts.length === 2 && data[messageKey(parts[1])]) {
      return parts[1];
    }
    switch (status && status.code) {
      case 0x0207: case 0x0202: case 0x0203: case 0x0301: case 0x0303: return 'machine-unreachable';
      case 0x0208: case 0x0200: case 0x0201: return 'gateway-unavailable';
      default: return null;
    }
  }

  function messageKey(code) {
    return 'msgEnded' + code.split('-').map(function (word) {
      return word.charAt(0).toUpperCase() + word.slice(1);
    }).join('');
  }

  function showEnded(text, code) {
    var oldNote = document.getElementById('session-ended-note');
    if (oldNote) {
      oldNote.remove();
    }
    endedText.textContent = text;
    endedBox.setAttribute('data-reason', code || '');
    endedBox.classList.remove('d-none');
  }

  function fetchToken() {
    var headers = { 'Accept': 'application/json' };
    headers[data.csrfHeader] = data.csrfToken;
    return fetch(data.tokenUrl, { method: 'POST', headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error(body.detail || String(response.status));
          }
          return body;
        });
      });
  }

  function connect() {
    if (client) {
      client.onstatechange = null;
      client.disconnect();
    }
    userEnded = false;
    lastReason = null;
    endedBox.classList.add('d-none');
    reconnectButton.disabled = true;
    showState(1);
    fetchToken().then(open).catch(function (error) {
      showState(5);
      showEnded(data.msgTokenFailed + ' ' + error.message, 'token');
      reconnectButton.disabled = bookingOver;
    });
  }

  function open(token) {
    var tunnel = new Guacamole.WebSocketTunnel(token.tunnel);
    tunnel.onerror = function (status) {
      lastReason = lastReason || reasonOf(status);
    };
    client = new Guacamole.Client(tunnel);
    var display = client.getDisplay();
    area.replaceChildren(display.getElement());
    display.onresize = scale;
    client.onstatechange = stateChanged;
    client.onerror = function (status) {
      lastReason = lastReason || reasonOf(status);
    };
    if (!viewOnly) {
      client.onclipboard = receiveClipboard;
      listen(display);
    }
    var ratio = window.devicePixelRatio || 1;
    client.connect('token=' + encodeURIComponent(token.token) + '&width=' + Math.round(area.clientWidth * ratio)
      + '&height=' + Math.round(area.clientHeight * ratio) + '&dpi=' + Math.round(96 * ratio));
  }

  function stateChanged(state) {
    showState(state);
    if (endButton) {
      endButton.disabled = state !== 3;
    }
    if (state === 3) {
      area.focus();
      scale();
    }
    if (state === 5) {
      var code = userEnded ? 'client-closed' : lastReason;
      showEnded(code && data[messageKey(code)] ? data[messageKey(code)] : data.msgConnectFailed, code || 'unknown');
      if (code === 'booking-ended' || code === 'booking-changed') {
        bookingOver = true;
      }
      if (code === 'killed') {
        poll();
      }
      reconnectButton.disabled = bookingOver;
      if (keyboard) {
        keyboard.reset();
      }
    }
  }

  function scale() {
    if (!client) {
      return;
    }
    var display = client.getDisplay();
    var width = display.getWidth();
    var height = display.getHeight();
    if (width && height) {
      display.scale(Math.min(area.clientWidth / width, area.clientHeight / height));
    }
  }

  function listen(display) {
    var mouse = new Guacamole.Mouse(display.getElement());
    mouse.onEach(['mousedown', 'mouseup', 'mousemove'], function (event) {
      area.focus();
      client.sendMouseState(event.state, true);
    });
    if (!keyboard) {
      // Keys go to the machine only while the display has the focus, so the clipboard box can be typed in.
      keyboard = new Guacamole.Keyboard(area);
      keyboard.onkeydown = function (keysym) {
        if (client) {
          client.sendKeyEvent(1, keysym);
        }
        return false;
      };
      keyboard.onkeyup = function (keysym) {
        if (client) {
          client.sendKeyEvent(0, keysym);
        }
      };
    }
  }

  function receiveClipboard(stream, mimetype) {
    if (!/^text\//.test(mimetype)) {
      stream.sendAck('Unsupported', 0x0100);
      return;
    }
    var reader = new Guacamole.StringReader(stream);
    var text = '';
    reader.ontext = function (part) { text += part; };
    reader.onend = function () { clipboardBox.value = text; };
  }

  function sendClipboard() {
    if (!client || Number(root.getAttribute('data-state')) !== 3) {
      return;
    }
    var writer = new Guacamole.StringWriter(client.createClipboardStream('text/plain'));
    writer.sendText(clipboardBox.value);
    writer.sendEnd();
  }

  // Typed text, Chinese included, goes to the machine as key presses: a character outside Latin-1 is sent as
  // its Unicode keysym (0x01000000 + code point), which the desktop maps onto a spare key. Input methods run in
  // the browser, so this is how a student writes 中文 into a program that has no input method of its own.
  function keysymOf(codePoint) {
    if (codePoint === 10) {
      return 0xFF0D;
    }
    return codePoint <= 0xFF ? codePoint : 0x01000000 | codePoint;
  }

  function typeText() {
    if (!client || Number(root.getAttribute('data-state')) !== 3 || !clipboardBox.value) {
      return;
    }
    Array.from(clipboardBox.value.replace(/\r\n?/g, '\n')).forEach(function (character) {
      var keysym = keysymOf(character.codePointAt(0));
      client.sendKeyEvent(1, keysym);
      client.sendKeyEvent(0, keysym);
    });
    area.focus();
  }

  function countdown() {
    if (secondsLeft === null) {
      return;
    }
    if (secondsLeft > 0 && secondsLeft <= 300) {
      var minutes = Math.floor(secondsLeft / 60);
      var seconds = secondsLeft % 60;
      banner.textContent = data.msgCountdown.replace('{0}', minutes + ':' + (seconds < 10 ? '0' : '') + seconds);
      banner.classList.remove('d-none');
    }
    else {
      banner.classList.add('d-none');
    }
    if (secondsLeft > 0) {
      secondsLeft--;
    }
  }

  function poll() {
    if (!data.statusUrl) {
      return;
    }
    fetch(data.statusUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) {
          return;
        }
        secondsLeft = status.secondsLeft;
        showObservers(status.observers || []);
        if (status.endNote && endedBox.getAttribute('data-reason') === 'killed') {
          document.getElementById('session-ended-note') || appendNote(status.endNote);
        }
        if (!status.open && !bookingOver) {
          bookingOver = true;
          reconnectButton.disabled = true;
          showEnded(data.msgClosed, 'booking-ended');
        }
      })
      .catch(function () { /* the next poll tries again */ });
  }

  // The student is told who watches: nobody looks over their shoulder unseen.
  function showObservers(names) {
    if (!observerBanner) {
      return;
    }
    observerBanner.textContent = names.length ? data.msgObserved.replace('{0}', names.join(', ')) : '';
    observerBanner.classList.toggle('d-none', names.length === 0);
    observerBanner.setAttribute('data-observers', String(names.length));
  }

  function appendNote(note) {
    var span = document.createElement('span');
    span.id = 'session-ended-note';
    span.className = 'd-block';
    span.textContent = data.msgEndNote.replace('{0}', note);
    endedText.after(span);
  }

  reconnectButton.addEventListener('click', connect);
  if (endButton) {
    endButton.addEventListener('click', function () {
      if (client && window.confirm(data.msgEndConfirm)) {
        userEnded = true;
        client.disconnect();
      }
    });
  }
  if (clipboardBox) {
    clipboardBox.addEventListener('change', sendClipboard);
  }
  var typeButton = document.getElementById('type-text');
  if (typeButton) {
    typeButton.addEventListener('click', typeText);
  }
  area.addEventListener('click', function () { area.focus(); });
  window.addEventListener('resize', scale);
  window.addEventListener('beforeunload', function () {
    if (client) {
      client.disconnect();
    }
  });

  if (data.statusUrl) {
    poll();
    // Often enough that a student sees an observer arrive within seconds; the status is a small read.
    window.setInterval(poll, 5000);
    window.setInterval(countdown, 1000);
  }
  if (data.open === 'true') {
    connect();
  }
  else {
    bookingOver = true;
    showState(0);
  }
}());
