context.get('userProperties').setProperty('name', 'product')
context.get('userProperties').setProperty('attributes', 'name:string')
return true
