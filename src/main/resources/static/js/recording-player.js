// Plays back a guacd session recording in the page with guacamole-common-js's SessionRecording: the file is
// fetched whole (it is the raw protocol dump guacd wrote), then play/pause and a seek bar drive the player.
// Texts come from the page's data-msg-* attributes.
(function () {
  'use strict';

  var root = document.getElementById('recording-player');
  if (!root || typeof Guacamole === 'undefined') {
    return;
  }
  var data = root.dataset;
  var status = document.getElementById('recording-status');
  var button = document.getElementById('play-pause');
  var seek = document.getElementById('seek');
  var position = document.getElementById('position');
  var area = document.getElementById('recording-display');
  var recording = null;
  var seeking = false;

  function time(millis) {
    var seconds = Math.floor(millis / 1000);
    var minutes = Math.floor(seconds / 60);
    seconds = seconds % 60;
    return minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
  }

  function showPosition(current) {
    if (!seeking) {
      seek.value = String(current);
    }
    position.textContent = time(current) + ' / ' + time(recording.getDuration());
  }

  function scale() {
    var display = recording.getDisplay();
    if (display.getWidth() && display.getHeight()) {
      // fit both ways: the area's height is bounded by the window, as on the lab page
      display.scale(Math.min(1, area.clientWidth / display.getWidth(), area.clientHeight / display.getHeight()));
    }
  }

  function failed() {
    status.textContent = data.msgFailed;
    status.className = 'alert alert-danger';
    root.setAttribute('data-state', 'failed');
  }

  function start(blob) {
    recording = new Guacamole.SessionRecording(blob);
    var display = recording.getDisplay();
    area.replaceChildren(display.getElement());
    display.onresize = scale;
    recording.onload = function () {
      seek.max = String(recording.getDuration());
      seek.disabled = false;
      button.disabled = false;
      status.classList.add('d-none');
      root.setAttribute('data-state', 'loaded');
      showPosition(0);
    };
    recording.onerror = failed;
    recording.onplay = function () {
      button.textContent = data.msgPause;
      root.setAttribute('data-state', 'playing');
    };
    recording.onpause = function () {
      button.textContent = data.msgPlay;
      root.setAttribute('data-state', 'paused');
    };
    recording.onseek = function (millis) {
      showPosition(millis);
    };
    recording.connect();
  }

  button.addEventListener('click', function () {
    if (recording.isPlaying()) {
      recording.pause();
    }
    else {
      recording.play();
    }
  });
  seek.addEventListener('input', function () {
    seeking = true;
    position.textContent = time(Number(seek.value)) + ' / ' + time(recording.getDuration());
  });
  seek.addEventListener('change', function () {
    var wasPlaying = recording.isPlaying();
    recording.seek(Number(seek.value), function () {
      seeking = false;
      if (wasPlaying) {
        recording.play();
      }
    });
  });
  window.addEventListener('resize', function () {
    if (recording) {
      scale();
    }
  });

  fetch(data.fileUrl, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.blob();
    })
    .then(start)
    .catch(failed);
}());
