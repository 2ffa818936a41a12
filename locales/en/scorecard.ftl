# The Aligned Autonomy Scorecard: the public self-assessment and its result
# (the organisation survey asks the same statements).

scorecard-title = Aligned Autonomy Scorecard
scorecard-lead = Twenty statements, about two minutes. Answer for the team or organisation you know best. Nothing is stored.
scorecard-submit = See my result
scorecard-result-title = Your scorecard
scorecard-back = Back to the statements

## The four dimensions

scorecard-strategic-clarity = Strategic Clarity
scorecard-strategic-clarity-question = Do teams understand the why?
scorecard-strategic-clarity-advice = Cut the wave's objectives to the few that matter and write the why of each in two sentences; ask every team to write how its objectives contribute.
scorecard-decision-autonomy = Decision Autonomy
scorecard-decision-autonomy-question = Can teams act without approval?
scorecard-decision-autonomy-advice = Name the decisions teams may take alone this wave (and the few that still need a leader) and remove one approval step.
scorecard-context-flow = Context Flow
scorecard-context-flow-question = Do teams understand cross-team impact?
scorecard-context-flow-advice = Make a short weekly update (progress, plans, problems) the norm for every team, and answer help requests within a few days.
scorecard-execution-velocity = Execution Velocity
scorecard-execution-velocity-question = Can teams move quickly?
scorecard-execution-velocity-advice = Check in on key results every week, limit work in progress, and remove the slowest recurring wait in your delivery.

## The statements

scorecard-sc1 = I can explain our organisation's top objectives for this period in my own words.
scorecard-sc2 = I know why those objectives matter more than other things we could do.
scorecard-sc3 = My team's work clearly connects to at least one of those objectives.
scorecard-sc4 = When priorities change, we hear the reason, not just the new plan.
scorecard-sc5 = Two people on my team would describe our goals the same way.
scorecard-da1 = My team decides how to reach its goals without asking for sign-off.
scorecard-da2 = We can change our plan mid-cycle when we learn something new.
scorecard-da3 = Decisions about our work are made by the people closest to it.
scorecard-da4 = We rarely wait for a manager before we can take the next step.
scorecard-da5 = When a decision goes wrong, we learn from it rather than add approvals.
scorecard-cf1 = I know what the teams that depend on us are working on.
scorecard-cf2 = We hear about problems in other teams before they hit us.
scorecard-cf3 = Asking another team for help is easy and usually answered quickly.
scorecard-cf4 = Leaders share what they learn from customers and the market.
scorecard-cf5 = Our weekly updates are read by the people who need them.
scorecard-ev1 = We ship something customers can use at least every couple of weeks.
scorecard-ev2 = We measure progress weekly against clear key results.
scorecard-ev3 = Most of our time goes to planned work, not firefighting or waiting.
scorecard-ev4 = We finish what we start before taking on more.
scorecard-ev5 = Tools and processes help us move rather than slow us down.

## The agreement scale

scorecard-agree-1 = Strongly disagree
scorecard-agree-2 = Disagree
scorecard-agree-3 = Neutral
scorecard-agree-4 = Agree
scorecard-agree-5 = Strongly agree

## Bands of the spectrum, from Directive to Autonomous

scorecard-band-directive = Directive
scorecard-band-directive-meaning = Leadership directs and teams execute. It is predictable, but decisions queue at the top and teams rarely know the why.
scorecard-band-directive-next = Start with one short wave: three objectives with their why, and let each team write one aligned objective of its own.
scorecard-band-guided = Guided
scorecard-band-guided-meaning = Teams have some room, but direction and approvals still come mostly from above; context arrives late.
scorecard-band-guided-next = Let teams choose their own key results and replace one status meeting with a weekly written update.
scorecard-band-aligned = Aligned
scorecard-band-aligned-meaning = Teams understand the goals and own much of the how; the gaps are in sharing context and moving fast.
scorecard-band-aligned-next = Make help between teams explicit (ask, accept, done) and check in on key results weekly.
scorecard-band-autonomous = Autonomous
scorecard-band-autonomous-meaning = Teams execute with speed and ownership inside a clear, shared strategy. Keep the strategy few and clear.
scorecard-band-autonomous-next = Protect it: keep waves short, keep the objectives few, and keep listening to anonymous confidence.

## The result

scorecard-you-are = You are { $band }
scorecard-overall = Overall { $score } out of 100. { $meaning }
scorecard-next = Next: { $next }
scorecard-by-dimension = By dimension
scorecard-out-of-100 = { $score } / 100
scorecard-bars-label = Scores out of 100: { $summary }
scorecard-spectrum-label = Position { $position } on a scale from 0, Directive, to 100, Autonomous
scorecard-even = Every dimension scores { $score } / 100: none holds the others back
scorecard-work-on = Work on { $dimensions } first
scorecard-advice-for = { $dimension }:
scorecard-ask-org = Ask your whole organisation
scorecard-ask-org-text = These are your own answers. The Aligned Autonomy survey asks everyone in your workspace the same statements, anonymously, once a wave.
scorecard-go-survey = Go to the survey
scorecard-habit = Make it a habit
scorecard-habit-text = Mistvine runs short waves with clear objectives, lets teams own the how, and measures confidence anonymously every week, so you can see alignment and autonomy grow wave by wave.
scorecard-again = Take it again
