/** Every hostile contact value of issue 17: each would put a second recipient or a header in the link. */
export const HIDDEN_RECIPIENTS = {
  partnerSupportUrl: [
    "mailto:help%40partner.example?bcc=spy@evil.example",
    "mailto:help@partner.example?bcc=spy@evil.example",
    "mailto:help@partner.example?subject=x&cc=spy@evil.example",
    "mailto:help@partner.example,spy@evil.example",
    "mailto:help@partner.example#@evil.example",
  ],
  partnerEmail: [
    "help?bcc=spy%40evil.example&x=@partner.example",
    "help%0D%0ABcc%3A%20spy%40evil.example@partner.example",
    "help%0ABcc:spy@evil.example",
    "help&cc=spy@partner.example",
    "help=x@partner.example",
    "help#x@partner.example",
    "help/x@partner.example",
    "mailto:help@partner.example?bcc=spy@evil.example",
  ],
} as const;
