import { createLink } from "@tanstack/react-router";
import { forwardRef } from "react";

const UtrechtAnchor = forwardRef<HTMLAnchorElement, React.AnchorHTMLAttributes<HTMLAnchorElement>>(
  function UtrechtAnchor({ className, ...props }, ref) {
    return (
      <a
        ref={ref}
        className={["utrecht-link", "utrecht-link--html-a", className].filter(Boolean).join(" ")}
        {...props}
      />
    );
  },
);

/** A router link with NL Design System link styling. */
export const AppLink = createLink(UtrechtAnchor);
