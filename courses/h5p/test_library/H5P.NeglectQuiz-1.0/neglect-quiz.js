/* A one-question quiz content type, written for Neglect Matters Learning's tests and demo.
 * It reports through H5P's EventDispatcher: `answered` with the score, then `completed`
 * with the same score, as H5P content types do. Its state (the last choice) is resumable. */
var H5P = H5P || {};
H5P.NeglectQuiz = (function ($, EventDispatcher) {
  function NeglectQuiz(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params;
    this.contentId = contentId;
    this.previousState = (extras && extras.previousState) || {};
    this.choice = this.previousState.choice;
  }
  NeglectQuiz.prototype = Object.create(EventDispatcher.prototype);
  NeglectQuiz.prototype.constructor = NeglectQuiz;

  NeglectQuiz.prototype.attach = function ($container) {
    var self = this;
    var name = "neglect-quiz-" + this.contentId;
    var $root = $('<div class="h5p-neglect-quiz"></div>');
    var $fieldset = $("<fieldset></fieldset>").appendTo($root);
    $("<legend></legend>").text(this.params.question).appendTo($fieldset);
    this.params.answers.forEach(function (answer, index) {
      var $label = $("<label></label>");
      var $input = $('<input type="radio">').attr({ name: name, value: index });
      if (self.choice === index) $input.prop("checked", true);
      $input.on("change", function () { self.choice = index; });
      $label.append($input).append(" ").append(document.createTextNode(answer.text));
      $fieldset.append($label);
    });
    var $feedback = $('<p class="h5p-neglect-quiz-feedback" role="status"></p>');
    $('<button type="button" class="h5p-neglect-quiz-check">Check answer</button>')
      .on("click", function () { self.check($feedback); })
      .appendTo($root);
    $root.append($feedback);
    $container.addClass("h5p-neglect-quiz-container").append($root);
  };

  NeglectQuiz.prototype.check = function ($feedback) {
    if (this.choice === undefined) {
      $feedback.text("Choose an answer first.");
      return;
    }
    var correct = !!this.params.answers[this.choice].correct;
    var score = correct ? 1 : 0;
    $feedback.text(correct ? this.params.correctFeedback : this.params.wrongFeedback);
    this.triggerXAPIScored(score, 1, "answered", true, correct);
    this.triggerXAPIScored(score, 1, "completed", true, correct);
  };

  NeglectQuiz.prototype.getScore = function () {
    return this.choice !== undefined && this.params.answers[this.choice].correct ? 1 : 0;
  };
  NeglectQuiz.prototype.getMaxScore = function () { return 1; };
  NeglectQuiz.prototype.getCurrentState = function () { return { choice: this.choice }; };

  return NeglectQuiz;
})(H5P.jQuery, H5P.EventDispatcher);
