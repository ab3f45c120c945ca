/* Plays an H5P activity with h5p-standalone on our player page, in an opaque origin.
 * The page has no cookies and no CSRF token: it proves who is playing with the launch
 * token the lesson page signed, sent to the xAPI endpoint as `Authorization: Bearer`
 * (the server takes the learner and the activity from the token, never from the browser).
 * The activity's state is saved to and restored from the xAPI State resource so a
 * learner can resume. A trainer's preview sends nothing: it records nothing. */
(function () {
  "use strict";
  var root = document.getElementById("h5p-player");
  if (!root || !window.H5PStandalone) return;
  var data = root.dataset;
  var STATE_ID = "h5p-state";
  var records = data.preview !== "true" && !!data.launchToken;

  function headers(extra) {
    var all = {
      "X-Experience-API-Version": "1.0.3",
      "Authorization": "Bearer " + data.launchToken
    };
    Object.keys(extra || {}).forEach(function (key) { all[key] = extra[key]; });
    return all;
  }

  function stateUrl(listing, stateId) {
    return data.stateUrl + "?activityId=" + encodeURIComponent(data.activityIri) +
      (listing ? "" : "&stateId=" + encodeURIComponent(stateId || STATE_ID)) +
      "&agent=" + encodeURIComponent("{}");
  }

  // A package that fails to build is the trainer's to fix: record the failure as a State
  // document of this launch (the server counts learners it failed for on the activity).
  function reportFailure() {
    if (!records || !data.loadFailureStateId) return;
    enqueue(function () {
      return fetch(stateUrl(false, data.loadFailureStateId), {
        method: "PUT",
        credentials: "omit",
        headers: headers({ "Content-Type": "application/json" }),
        body: JSON.stringify({ failed: true, lesson: data.lessonIri || null })
      });
    });
  }

  function currentState() {
    var instance = window.H5P && window.H5P.instances && window.H5P.instances[0];
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
    if (!records) return;
    var state = currentState();
    if (state === null || state === undefined) return;
    var body = JSON.stringify(state);
    if (body === lastSaved) return;
    enqueue(function () {
      return fetch(stateUrl(false), {
        method: "PUT",
        credentials: "omit",
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
    if (!records) return;
    enqueue(function () {
      return fetch(data.statementsUrl, {
        method: "POST",
        credentials: "omit",
        headers: headers({ "Content-Type": "application/json" }),
        body: JSON.stringify(withLesson(statement))
      });
    });
  }

  function previousState() {
    if (!records) return Promise.resolve(null);
    // The list of saved ids first (an empty list, not a 404, on a first visit): the
    // document is asked for only when it exists, so no error shows in the console.
    var options = { credentials: "omit", headers: headers() };
    return fetch(stateUrl(true), options)
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (ids) {
        if (!Array.isArray(ids) || ids.indexOf(STATE_ID) < 0) return null;
        return fetch(stateUrl(false), options)
          .then(function (response) { return response.ok ? response.text() : null; });
      })
      .catch(function () { return null; });
  }

  // H5P core reads Web Storage, which an opaque origin does not have: h5p-frame.js gives
  // it storage in memory. h5p-standalone adds these scripts after H5P core.
  window.H5PIntegration = {
    core: { scripts: [new URL(data.frameStorageJs, window.location.href).href], styles: [] }
  };

  previousState()
    .then(function (previous) {
      var options = {
        h5pJsonPath: data.h5pJsonPath.replace(/\/$/, ""),
        frameJs: data.frameJs,
        frameCss: data.frameCss,
        xAPIObjectIRI: data.activityIri,
        // In this page, not in an iframe of its own: a frame made by a sandboxed page gets
        // another opaque origin, which this page could not write the content into. This
        // page is already the content's own frame, as H5P's iframe embedding intends.
        embedType: "div",
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
      // h5p-standalone resolves even when the content failed to build: ready only with a
      // content instance and something drawn.
      var built = window.H5P && window.H5P.instances && window.H5P.instances.length > 0 &&
        root.querySelector(".h5p-content") && !root.querySelector(".h5p-error");
      if (!built) throw new Error("the H5P content did not build");
      window.H5P.externalDispatcher.on("xAPI", function (event) {
        sendStatement(event.data.statement);
        saveState(false);
      });
      root.setAttribute("data-ready", "true");
      tellLesson({ status: "ready" });
      watchHeight();
      window.setInterval(function () { saveState(false); }, 30000);
      window.addEventListener("pagehide", function () { saveState(true); });
    })
    .catch(failed);

  // The lesson page frames this one: tell it our height (H5P content grows and shrinks as
  // learners move through it) and whether the content failed. Nothing private is sent.
  function tellLesson(message) {
    if (window.parent === window) return;
    message.source = "nml-h5p";
    window.parent.postMessage(message, "*");
  }

  function watchHeight() {
    var last = 0;
    function send() {
      var height = Math.ceil(document.documentElement.scrollHeight);
      if (Math.abs(height - last) < 2) return;
      last = height;
      tellLesson({ height: height });
    }
    send();
    if (window.ResizeObserver) new window.ResizeObserver(send).observe(document.body);
    if (window.H5P && window.H5P.externalDispatcher) {
      window.H5P.externalDispatcher.on("resize", send);
    }
  }

  function failed() {
    root.setAttribute("data-ready", "failed");
    root.innerHTML = "";
    var message = document.createElement("p");
    message.className = "govuk-body";
    message.setAttribute("role", "alert");
    message.textContent = "This activity could not be loaded. Reload the page to try again; " +
      "if it still does not load, tell your trainer.";
    root.appendChild(message);
    tellLesson({ status: "failed" });
    reportFailure();
    watchHeight();
  }
})();
