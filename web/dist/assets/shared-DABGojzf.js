var e=class extends Error{constructor(e){super(e.map(e=>e.message).join(`; `)),this.errors=e}};async function t(t,n={},r){let i=await fetch(`/graphql`,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({query:t,variables:n}),signal:r}),a;try{a=await i.json()}catch{throw Error(`/graphql answered ${i.status}`)}if(a.errors&&a.errors.length&&!a.data)throw new e(a.errors);if(a.errors&&a.errors.length){let t=a.errors.filter(e=>e.extensions?.code!==`NOT_FOUND`);if(t.length)throw new e(t)}return a.data}var n=`sources { url title publisher date evidence evidenceKind }`,r=`relation from { slug } to { slug } direction since until role modality disputed ${n}`,i=`slug name type`,a=`query Search($text: String!) {
  search(text: $text, first: 8) { edges { node { ${i} aliases } reason matched } }
}`,o=`query Neighbourhood($slug: String!, $depth: Int, $limit: Int) {
  neighbourhood(slug: $slug, depth: $depth, limit: $limit) {
    nodes { ${i} } edges { ${r} } truncated
  }
}`,s=`query Path($from: String!, $to: String!) {
  path(from: $from, to: $to) { hops nodes { ${i} } edges { ${r} } }
}`,c=`totalCount edges { ${`cursor relation direction since until date role topic amount purpose share modality disputed disputedValues
  node { ${i} } ${n}`} }`,l=`foundings { date disputed ${n} }`,u=`query Entity($slug: String!) {
  entity(slug: $slug) {
    ${i} aliases identifiers { scheme value url }
    ... on Company {
      country { ${i} } founded ${l}
      memberships(first: 100) { ${c} }
      ledAlliances(first: 100) { ${c} }
      people(first: 100) { ${c} }
      partners(first: 100) { ${c} }
      jointVentures(first: 100) { ${c} }
      investments(first: 100) { ${c} }
      founders(first: 100) { ${c} }
      companiesFounded(first: 100) { ${c} }
    }
    ... on Alliance {
      country { ${i} } founded ${l}
      leaders(first: 100) { ${c} }
      chairs(first: 100) { ${c} }
      members(first: 100) { ${c} }
      statedMemberCount { value date sources { url title publisher date evidence evidenceKind } }
      companiesFounded(first: 100) { ${c} }
    }
    ... on JointVenture {
      founded ${l} partners(first: 100) { ${c} }
      founders(first: 100) { ${c} }
      companiesFounded(first: 100) { ${c} }
    }
    ... on Person { roles(first: 100) { ${c} } companiesFounded(first: 100) { ${c} } }
    ... on Country { organizations(first: 100) { ${c} } }
  }
}`,d=`relation subject { ${i} } objects { ${i} } since until date role modality
  source { url title publisher date evidence evidenceKind }`,f=`query Overview($alliances: Int!, $companies: Int!, $articles: Int!, $facts: Int!) {
  alliances(first: $alliances, orderBy: MEMBER_COUNT) {
    totalCount
    edges { memberCount degree node { ${i} aliases ... on Alliance { founded leader { ${i} } country { ${i} } } } }
  }
  companies(first: $companies, orderBy: DEGREE) {
    totalCount
    edges { degree allianceCount node { ${i} ... on Company { country { ${i} } } } }
  }
  articles(first: $articles) {
    totalCount
    edges { node { url title publisher date
      facts(first: $facts) { totalCount edges { node { ${d} } } } } }
  }
  facts(first: 1) { totalCount }
}`,p=`query DatedFacts($relation: Relation!, $after: String) {
  facts(relation: $relation, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { ${d} } }
  }
}`,m={MEMBER_OF:`member of`,FOUNDING_MEMBER:`founding member of`,FOUNDED:`founded`,LED_BY:`led by`,PARTNER_OF:`partner of`,JOINT_VENTURE:`joint venture of`,CEO_OF:`CEO of`,CHAIRMAN_OF:`chair of`,INVESTED_IN:`invested in`,HEADQUARTERED_IN:`based in`,FOUNDED_BY:`founded by`};function h(e,t={},...n){let r=document.createElement(e);for(let[e,n]of Object.entries(t))n!=null&&n!==!1&&(e.startsWith(`on`)&&typeof n==`function`?r.addEventListener(e.slice(2),n):r.setAttribute(e,n===!0?``:String(n)));for(let e of n.flat(1/0))e!=null&&e!==!1&&r.append(e instanceof Node?e:document.createTextNode(String(e)));return r}var g=[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`];function _(e){if(!e)return``;let[t,n,r]=e.split(`-`);if(!n)return t;let i=g[Number(n)-1]??n;return r?`${Number(r)} ${i} ${t}`:`${i} ${t}`}function v(e){let[t,n,r]=e.split(`-`).map(Number);return t*12+((n||1)-1)+((r||1)-1)/31}export{p as a,o as c,a as d,t as f,m as i,f as l,_ as n,u as o,h as r,e as s,v as t,s as u};