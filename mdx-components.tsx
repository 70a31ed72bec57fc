import type { MDXComponents } from "mdx/types";

/** Element styling for the explainer's MDX; the step components are passed in by the step page. */
const components: MDXComponents = {
  h2: (props) => <h2 className="text-2xl" {...props} />,
  h3: (props) => <h3 className="text-xl" {...props} />,
  a: (props) => <a className="underline" {...props} />,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
