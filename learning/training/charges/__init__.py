"""Training charges for invoicing, per the owning partnership's `ChargePolicy`.

For the sessions of one month (by the session's date), a booking is charged:
- attended or attended part, by a person whose agency (of the time) is outside the
  partnership that runs the event: the fee for agencies outside the partnership;
- did not attend: the charge for not attending;
- cancelled late (after the policy's cut-off): the charge for a late cancellation.
A charge waived by a manager (`ChargeWaiver`) is listed at £0.00 with its reason, so the
invoice run shows why it is not billed. Charges of £0 (a policy that sets none) are not
listed. Without a policy, a partnership charges nothing.
"""
