/* Plays an H5P activity with h5p-standalone on our sandboxed player page.
 * Statements go to our xAPI endpoint with the session cookie and the CSRF token (the
 * server replaces the actor with the signed-in learner); the activity's state is saved to
 * and restored from the xAPI State resource so a learner can resume. */
(function () {
  "use strict";
  var root = document.getElementById("h5p-player");
  if (!root || !window.H5PStandalone) return;
  var data = root.dataset;
  var STATE_ID = "h5p-state";

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function headers(extra) {
    var all = { "X-Experience-API-Version": "1.0.3", "X-CSRFToken": csrfToken() };
    Object.keys(extra || {}).forEach(function (key) { all[key] = extra[key]; });
    return all;
  }

  function stateUrl() {
    return data.stateUrl + "?activityId=" + encodeURIComponent(data.activityIri) +
      "&stateId=" + STATE_ID + "&agent=" + encodeURIComponent("{}");
  }

  function currentState() {
    var frame = root.querySelector("iframe.h5p-iframe");
    var h5p = frame && frame.contentWindow && frame.contentWindow.H5P;
    var instance = (h5p && h5p.instances && h5p.instances[0]) ||
      (window.H5P && window.H5P.instances && window.H5P.instances[0]);
    if (!instance || typeof instance.getCurrentState !== "function") return null;
    return instance.getCurrentState();
  }

  // Statements and state saves go one at a time, in the order the activity made them.
  var queue = Promise.resolve();
  function enqueue(request) {
    queue = queue.then(request).catch(function () { /* the next save tries again */ });
    return queue;
  }

  var lastSaved = null;
  function saveState(keepalive) {
    var state = currentState();
    if (state === null || state === undefined) return;
    var body = JSON.stringify(state);
    if (body === lastSaved) return;
    enqueue(function () {
      return fetch(stateUrl(), {
        method: "PUT",
        credentials: "same-origin",
        keepalive: !!keepalive,
        headers: headers({ "Content-Type": "application/json" }),
        body: body
      }).then(function (response) {
        if (response.ok) lastSaved = body;
      });
    });
  }

  function withLesson(statement) {
    if (!data.lessonIri) return statement;
    statement.context = statement.context || {};
    var activities = statement.context.contextActivities || {};
    activities.grouping = (activities.grouping || []).concat([
      { objectType: "Activity", id: data.lessonIri }
    ]);
    statement.context.contextActivities = activities;
    return statement;
  }

  function sendStatement(statement) {
    return enqueue(function () {
      return fetch(data.statementsUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: headers({ "Content-Type": "application/json" }),
        body: JSON.stringify(withLesson(statement))
      }).then(function (response) {
        if (window.parent !== window) {
          window.parent.postMessage({ type: "h5p-statement", ok: response.ok }, window.location.origin);
        }
      });
    });
  }

  fetch(stateUrl(), { credentials: "same-origin", headers: headers() })
    .then(function (response) { return response.ok ? response.text() : null; })
    .catch(function () { return null; })
    .then(function (previous) {
      var options = {
        h5pJsonPath: data.h5pJsonPath.replace(/\/$/, ""),
        frameJs: data.frameJs,
        frameCss: data.frameCss,
        xAPIObjectIRI: data.activityIri,
        frame: false,
        icon: false,
        saveFreq: 30
      };
      if (previous) {
        lastSaved = previous;
        // H5P core reads contentUserData[subContentId][dataType] as a JSON string.
        options.contentUserData = [{ state: previous }];
      }
      return new window.H5PStandalone.H5P(root, options);
    })
    .then(function () {
      // h5p-standalone's iframe has no accessible name of its own.
      var frame = root.querySelector("iframe.h5p-iframe");
      if (frame) frame.setAttribute("title", data.title);
      window.H5P.externalDispatcher.on("xAPI", function (event) {
        sendStatement(event.data.statement);
        saveState(false);
      });
      root.setAttribute("data-ready", "true");
      window.setInterval(function () { saveState(false); }, 30000);
      window.addEventListener("pagehide", function () { saveState(true); });
    });
})();
