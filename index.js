// n8n discovers the nodes and credentials through the "n8n" section of package.json; this entry only
// lets `require('n8n-nodes-faktura')` resolve.
module.exports = {};
